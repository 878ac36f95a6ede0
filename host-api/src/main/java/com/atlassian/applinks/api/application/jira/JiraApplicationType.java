package com.atlassian.applinks.api.application.jira;

import com.atlassian.applinks.api.ApplicationType;

/**
 * Stand-in (compile only): the application type of Jira links, passed as a class literal to
 * {@code ApplicationLinkService.getPrimaryApplicationLink}. Package and name checked against
 * https://docs.atlassian.com/applinks-api/3.2/com/atlassian/applinks/api/package-use.html ("Standard JIRA
 * ApplicationType and EntityType type classes") and the imports of public plugins (e.g. aservo's ConfAPI).
 */
public interface JiraApplicationType extends ApplicationType {}

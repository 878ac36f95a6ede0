package com.atlassian.applinks.api;

/**
 * Stand-in (compile only): the type of an application link (Jira, Confluence, ...); the plugin only names a subtype's
 * class. Checked against https://docs.atlassian.com/applinks-api/3.2/com/atlassian/applinks/api/package-summary.html
 * (an interface since 3.0).
 */
public interface ApplicationType {}

package com.atlassian.applinks.api;

/**
 * Stand-in (compile only), declaring only the member the plugin calls. Checked against
 * https://docs.atlassian.com/applinks-api/latest/com/atlassian/applinks/api/ApplicationLinkService.html:
 * {@code ApplicationLink getPrimaryApplicationLink(Class<? extends ApplicationType> type)}, null when there is no link
 * of that type.
 */
public interface ApplicationLinkService {

    ApplicationLink getPrimaryApplicationLink(Class<? extends ApplicationType> type);
}

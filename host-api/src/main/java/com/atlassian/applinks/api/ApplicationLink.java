package com.atlassian.applinks.api;

import java.net.URI;

/**
 * Stand-in (compile only), declaring only the members the plugin calls. Checked against
 * https://docs.atlassian.com/applinks-api/latest/com/atlassian/applinks/api/ApplicationLink.html:
 * {@code ApplicationLinkRequestFactory createAuthenticatedRequestFactory()} (the link's configured authentication, as
 * the current user) and {@code java.net.URI getDisplayUrl()}.
 */
public interface ApplicationLink {

    ApplicationLinkRequestFactory createAuthenticatedRequestFactory();

    URI getDisplayUrl();
}

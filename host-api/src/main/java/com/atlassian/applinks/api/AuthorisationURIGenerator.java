package com.atlassian.applinks.api;

import java.net.URI;

/**
 * Stand-in (compile only). Checked against
 * https://docs.atlassian.com/applinks-api/3.2/com/atlassian/applinks/api/CredentialsRequiredException.html (which
 * implements it) and Bamboo 10.0's CredentialsRequiredContextException page: {@code URI getAuthorisationURI()} and
 * {@code URI getAuthorisationURI(URI callback)}, both nullable.
 */
public interface AuthorisationURIGenerator {

    URI getAuthorisationURI();

    URI getAuthorisationURI(URI callback);
}

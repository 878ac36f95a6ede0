package com.atlassian.applinks.api;

import java.net.URI;

/**
 * Stand-in (compile only): thrown by {@link ApplicationLinkRequestFactory#createRequest} when the current user has not
 * yet authorised the app link; the consumer sends the user to {@link #getAuthorisationURI()}. Checked against
 * https://docs.atlassian.com/applinks-api/3.2/com/atlassian/applinks/api/CredentialsRequiredException.html: extends
 * Exception, implements AuthorisationURIGenerator, constructor (AuthorisationURIGenerator, String).
 */
public class CredentialsRequiredException extends Exception implements AuthorisationURIGenerator {

    private final transient AuthorisationURIGenerator generator;

    public CredentialsRequiredException(AuthorisationURIGenerator generator, String message) {
        super(message);
        this.generator = generator;
    }

    @Override
    public URI getAuthorisationURI() {
        return generator.getAuthorisationURI();
    }

    @Override
    public URI getAuthorisationURI(URI callback) {
        return generator.getAuthorisationURI(callback);
    }
}

package dev.agenda.preview;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;

/**
 * Defence in depth on every answer of the preview host, should anything ever slip past the escaping. The content
 * security policy runs scripts only from the host's own files (the pages have no inline script and no event-handler
 * attributes, so an injected one would not run). It lets no other site frame the pages, so nobody can trick a click on
 * Sync or Sign in, and lets forms post only to the host. Browsers may not guess a type other than the one declared.
 * Answers hold one person's Jira data, so no cache keeps them, and no other site is told which page linked to it.
 * Inside Confluence, Confluence sets its own headers. Stateless, so thread-safe.
 */
final class SecurityHeaders implements ContainerResponseFilter {

    /** The policy: styles may be inline (the pages carry their own stylesheet), nothing else is. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; connect-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.putSingle("X-Frame-Options", "DENY");
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("Referrer-Policy", "same-origin");
        headers.putIfAbsent("Cache-Control", List.of("no-store"));
    }
}

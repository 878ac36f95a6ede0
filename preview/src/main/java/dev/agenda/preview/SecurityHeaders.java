package dev.agenda.preview;

import org.glassfish.grizzly.http.HttpResponsePacket;

/**
 * Defence in depth on every answer of the preview host, should anything ever slip past the escaping. The content
 * security policy runs scripts only from the host's own files (the pages have no inline script and no event-handler
 * attributes, so an injected one would not run). It lets no other site frame the pages, so nobody can trick a click on
 * Sync or Sign in, and lets forms post only to the host. Browsers may not guess a type other than the one declared.
 * Answers hold one person's Jira data, so no cache keeps them, and no other site is told which page linked to it.
 * Inside Confluence, Confluence sets its own headers. {@link EveryAnswer} puts them on whatever the host answers,
 * error pages and refusals included.
 */
final class SecurityHeaders {

    /** The policy: styles may be inline (the pages carry their own stylesheet), nothing else is. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; connect-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'";

    private SecurityHeaders() {}

    /** Puts the headers on an answer not yet sent; a {@code Cache-Control} the answer chose itself is kept. */
    static void stamp(HttpResponsePacket response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        if (!response.containsHeader("Cache-Control")) {
            response.setHeader("Cache-Control", "no-store");
        }
    }
}

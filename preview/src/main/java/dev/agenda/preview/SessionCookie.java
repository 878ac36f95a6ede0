package dev.agenda.preview;

import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The preview host's session cookie and the checks around it: the cookie lasts as long as the browser and cannot be
 * read by scripts ({@code HttpOnly}) nor sent with other sites' requests ({@code SameSite=Strict}); a post that
 * changes who is signed in must come from the host's own page.
 */
final class SessionCookie {

    private SessionCookie() {}

    /** The cookie holding a session id. */
    static NewCookie of(String sessionId) {
        return builder(sessionId).build();
    }

    /** The cookie that makes a browser forget its session. */
    static NewCookie expired() {
        return builder("").maxAge(0).build();
    }

    /** A browser says where a post comes from; a post from a page elsewhere, or one that hides it, is not ours. */
    static boolean sameOrigin(String origin, String host) {
        return origin != null && host != null && origin.equals("http://" + host);
    }

    /** Where a sign-in address leads when nobody signs in. */
    static Response home() {
        return Response.seeOther(URI.create("/")).build();
    }

    private static NewCookie.Builder builder(String value) {
        return new NewCookie.Builder(SessionFilter.COOKIE)
                .value(value)
                .path("/")
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT);
    }
}

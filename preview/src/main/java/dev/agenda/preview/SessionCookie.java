package dev.agenda.preview;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The preview host's session cookie and the checks around it: the cookie lasts as long as the browser and cannot be
 * read by scripts ({@code HttpOnly}) nor sent with other sites' requests ({@code SameSite=Strict}); a post that
 * changes who is signed in must come from the host's own page.
 *
 * <p>Browsers keep cookies by host name, not by port: every server on localhost receives the cookies of every other,
 * and may set them. The cookie's name is therefore this run's own ({@code agenda_session_} and 48 random bits), so two
 * hosts on one machine never overwrite each other's session and another server cannot set this host's cookie by a
 * name known in advance; {@link Sessions} binds each session to the {@code Host} it was opened at. Immutable.
 */
final class SessionCookie {

    private final String name;

    private SessionCookie(String name) {
        this.name = name;
    }

    /** A cookie name of this run's own. */
    static SessionCookie forThisRun(SecureRandom random) {
        byte[] bits = new byte[6];
        random.nextBytes(bits);
        return new SessionCookie("agenda_session_" + HexFormat.of().formatHex(bits));
    }

    /** The cookie's name. */
    String name() {
        return name;
    }

    /** The cookie holding a session id. */
    NewCookie of(String sessionId) {
        return builder(sessionId).build();
    }

    /** The cookie that makes a browser forget its session. */
    NewCookie expired() {
        return builder("").maxAge(0).build();
    }

    /** The session id a request's cookies hold, if any. */
    Optional<String> sessionIdIn(Map<String, Cookie> cookies) {
        return Optional.ofNullable(cookies.get(name)).map(Cookie::getValue);
    }

    /** A browser says where a post comes from; a post from a page elsewhere, or one that hides it, is not ours. */
    static boolean sameOrigin(@Nullable String origin, @Nullable String host) {
        return origin != null && host != null && origin.equals("http://" + host);
    }

    /** Where a sign-in address leads when nobody signs in. */
    static Response home() {
        return Response.seeOther(URI.create("/")).build();
    }

    private NewCookie.Builder builder(String value) {
        return new NewCookie.Builder(name).value(value).path("/").httpOnly(true).sameSite(NewCookie.SameSite.STRICT);
    }
}

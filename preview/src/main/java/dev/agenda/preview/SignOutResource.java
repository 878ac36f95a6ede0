package dev.agenda.preview;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * {@code POST /sign-out}: ends the request's session and makes the browser forget its cookie, then leads to the
 * sign-in page. Only from the host's own page. With one user and no sign-in, it leads home.
 */
@Path("sign-out")
public class SignOutResource {

    private final boolean signIn;
    private final Sessions sessions;
    private final SessionCookie cookie;

    /** @param signIn whether the host's users sign in */
    SignOutResource(boolean signIn, Sessions sessions, SessionCookie cookie) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.cookie = cookie;
    }

    @POST
    public Response signOut(
            @Context HttpHeaders headers, @HeaderParam("Origin") String origin, @HeaderParam("Host") String host) {
        if (!signIn) {
            return SessionCookie.home();
        }
        if (!SessionCookie.sameOrigin(origin, host)) {
            return Response.status(403).build();
        }
        cookie.sessionIdIn(headers.getCookies()).ifPresent(sessions::close);
        return Response.seeOther(URI.create("/sign-in"))
                .cookie(cookie.expired())
                .build();
    }
}

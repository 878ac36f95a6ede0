package dev.agenda.preview;

import dev.agenda.services.page.Viewer;
import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Says who each request is before anything else runs, and forgets it when the response leaves. With one user, every
 * request is that user. When users sign in, the request's session cookie names the user; a request without a live
 * session is anonymous: REST v2's access rules ({@link RestAccessRules}, on a site without anonymous access) refuse it
 * at the REST resources with 401, and the pages send the browser to sign in (only the sign-in page and the page script
 * are open).
 * Thread-safe.
 */
@Priority(Priorities.AUTHENTICATION)
final class SessionFilter implements ContainerRequestFilter, ContainerResponseFilter {

    /** Where a request without a session may still go on the pages site. */
    private static final Set<String> OPEN_PATHS = Set.of("sign-in", "static/agenda.js");

    /** Who a request is, if anyone. */
    private final Function<ContainerRequestContext, Optional<Viewer>> whoIs;

    private final SignedInUser signedIn;
    private final boolean rest;

    private SessionFilter(
            Function<ContainerRequestContext, Optional<Viewer>> whoIs, SignedInUser signedIn, boolean rest) {
        this.whoIs = whoIs;
        this.signedIn = signedIn;
        this.rest = rest;
    }

    /** Every request is this user. */
    static SessionFilter onlyUser(Viewer user, SignedInUser signedIn) {
        Optional<Viewer> always = Optional.of(user);
        return new SessionFilter(request -> always, signedIn, false);
    }

    /**
     * Requests are whoever their session says, when it is presented at the {@code Host} it was opened at.
     *
     * @param usersByName the users who may sign in, by username as the sessions hold it
     * @param rest        true for the REST resources (anonymous, left to the access rules), false for the pages (sent
     *                    to sign in)
     */
    static SessionFilter signedIn(
            Map<String, Viewer> usersByName,
            Sessions sessions,
            SessionCookie cookie,
            SignedInUser signedIn,
            boolean rest) {
        Map<String, Viewer> users = Map.copyOf(usersByName);
        return new SessionFilter(request -> sessionUser(request, sessions, cookie, users), signedIn, rest);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        signedIn.clear();
        Optional<Viewer> user = whoIs.apply(request);
        if (user.isPresent()) {
            signedIn.set(user.get());
            return;
        }
        if (rest) {
            // Anonymous: which REST resources it may reach is REST v2's rule, applied by RestAccessRules.
            return;
        }
        if (!OPEN_PATHS.contains(request.getUriInfo().getPath())) {
            request.abortWith(
                    HttpMethod.GET.equals(request.getMethod())
                            ? Response.seeOther(URI.create("/sign-in")).build()
                            : Response.status(401)
                                    .type(MediaType.TEXT_PLAIN_TYPE)
                                    .entity("Sign in first.")
                                    .build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        signedIn.clear();
    }

    private static Optional<Viewer> sessionUser(
            ContainerRequestContext request, Sessions sessions, SessionCookie cookie, Map<String, Viewer> usersByName) {
        return cookie.sessionIdIn(request.getCookies())
                .flatMap(id -> sessions.usernameOf(id, request.getHeaderString("Host")))
                .map(usersByName::get);
    }
}

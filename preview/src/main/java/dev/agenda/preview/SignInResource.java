package dev.agenda.preview;

import dev.agenda.core.render.HtmlWriter;
import dev.agenda.services.page.Viewer;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Signing in to a preview host whose users sign in. {@code GET /sign-in} is the form (a sign-in link fills it, so
 * following a link signs nobody in by itself); {@code POST /sign-in} checks the user's code and answers a
 * {@link SessionCookie}. A post from another origin is refused, so no other site can sign a visitor in as someone
 * else. With one user and no sign-in, the address leads home. Signing out is {@link SignOutResource}.
 */
@Path("sign-in")
public class SignInResource {

    private static final String HTML = "text/html; charset=utf-8";

    private final Optional<SignInCodes> codes;
    private final Sessions sessions;
    private final Map<String, Viewer> usersByName;
    private final PreviewChrome chrome;

    /** @param codes the users' sign-in codes; null when the host has one user and nobody signs in */
    SignInResource(
            @Nullable SignInCodes codes, Sessions sessions, Map<String, Viewer> usersByName, PreviewChrome chrome) {
        this.codes = Optional.ofNullable(codes);
        this.sessions = sessions;
        this.usersByName = Map.copyOf(usersByName);
        this.chrome = chrome;
    }

    @GET
    @Produces(HTML)
    public Response form(@QueryParam("user") String user, @QueryParam("code") String code) {
        if (codes.isEmpty()) {
            return SessionCookie.home();
        }
        return Response.ok(
                        page(
                                Optional.ofNullable(user).orElse(""),
                                Optional.ofNullable(code).orElse(""),
                                null),
                        HTML)
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HTML)
    public Response signIn(
            @FormParam("user") String user,
            @FormParam("code") String code,
            @HeaderParam("Origin") String origin,
            @HeaderParam("Host") String host) {
        if (codes.isEmpty()) {
            return SessionCookie.home();
        }
        if (!SessionCookie.sameOrigin(origin, host)) {
            return Response.status(403)
                    .type(HTML)
                    .entity(page("", "", "Sign-in is only accepted from this preview host's own page."))
                    .build();
        }
        Optional<String> signedIn = codes.get().check(user, code);
        if (signedIn.isEmpty()) {
            return Response.status(401)
                    .type(HTML)
                    .entity(page(
                            Optional.ofNullable(user).orElse(""),
                            "",
                            "That user name and code do not match a sign-in link of this preview host. "
                                    + "Sign-in links "
                                    + "change each time the host starts: ask whoever started it for yours."))
                    .build();
        }
        return Response.seeOther(URI.create("/"))
                .cookie(SessionCookie.of(sessions.open(signedIn.get())))
                .build();
    }

    /** @param problem what was wrong with the last try, said above the form; null when there is nothing to say */
    private String page(String user, String code, @Nullable String problem) {
        HtmlWriter body = new HtmlWriter().element("h1", "Sign in to the agenda preview");
        if (problem != null) {
            body.element("p", problem, "class", "preview-error", "role", "alert");
        }
        Viewer known = usersByName.get(user);
        body.element(
                "p",
                known != null && !code.isEmpty()
                        ? "This is " + known.displayName() + "'s sign-in link. In this preview you see Jira as "
                                + known.displayName() + " does."
                        : "Whoever started this preview host has a sign-in link for you. Open it, or type its user "
                                + "name and "
                                + "code here.");
        body.open("form", "method", "post", "action", "/sign-in", "class", "preview-sign-in")
                .element("label", "User name", "for", "sign-in-user")
                .empty(
                        "input",
                        "id",
                        "sign-in-user",
                        "name",
                        "user",
                        "value",
                        user,
                        "autocomplete",
                        "username",
                        "required",
                        "required")
                .element("label", "Sign-in code", "for", "sign-in-code")
                .empty(
                        "input",
                        "id",
                        "sign-in-code",
                        "name",
                        "code",
                        "value",
                        code,
                        "type",
                        "password",
                        "autocomplete",
                        "off",
                        "required",
                        "required")
                .element(
                        "button",
                        known != null && !code.isEmpty() ? "Sign in as " + known.displayName() : "Sign in",
                        "type",
                        "submit")
                .close("form");
        return PreviewChrome.document("Sign in — agenda preview", chrome.banner(), body.toSafeHtml());
    }
}

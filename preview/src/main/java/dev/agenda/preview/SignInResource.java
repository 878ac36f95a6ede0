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
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Signing in to a preview host whose users sign in. {@code GET /sign-in} is the form (a sign-in link fills it, so
 * following a link signs nobody in by itself); {@code POST /sign-in} checks the user's code and answers a
 * {@link SessionCookie}. A post from another origin is refused, so no other site can sign a visitor in as someone
 * else. Until the code is right, nothing says whose link it is: an unknown name, a wrong code and another person's code
 * get the same answer, and too many wrong codes for one name make it wait ({@link SignInAttempts}). With one user and
 * no sign-in, the address leads home. Signing out is {@link SignOutResource}.
 */
@Path("sign-in")
public class SignInResource {

    private static final String HTML = "text/html; charset=utf-8";
    private static final int TOO_MANY = 429;
    private static final String WRONG = "That user name and code do not match a sign-in link of this preview host. "
            + "Sign-in links change each time the host starts: ask whoever started it for yours.";

    private final Optional<SignInAttempts> attempts;
    private final Sessions sessions;
    private final SessionCookie cookie;
    private final Map<String, Viewer> usersByName;
    private final PreviewChrome chrome;

    /** @param attempts how tries to sign in are checked; null when the host has one user and nobody signs in */
    SignInResource(
            @Nullable SignInAttempts attempts,
            Sessions sessions,
            SessionCookie cookie,
            Map<String, Viewer> usersByName,
            PreviewChrome chrome) {
        this.attempts = Optional.ofNullable(attempts);
        this.sessions = sessions;
        this.cookie = cookie;
        this.usersByName = Map.copyOf(usersByName);
        this.chrome = chrome;
    }

    @GET
    @Produces(HTML)
    public Response form(@QueryParam("user") @Nullable String user, @QueryParam("code") @Nullable String code) {
        if (attempts.isEmpty()) {
            return SessionCookie.home();
        }
        String typedUser = Optional.ofNullable(user).orElse("");
        String typedCode = Optional.ofNullable(code).orElse("");
        if (typedUser.isEmpty() || typedCode.isEmpty()) {
            return Response.ok(page(typedUser, typedCode, null, null), HTML).build();
        }
        // The link's code is checked as a post's would be, so it may name its person only when it is right.
        SignInAttempts.Outcome outcome = attempts.get().attempt(typedUser, typedCode);
        return Response.ok(
                        page(
                                typedUser,
                                typedCode,
                                outcome instanceof SignInAttempts.Right right
                                        ? usersByName.get(right.username())
                                        : null,
                                outcome instanceof SignInAttempts.Wait wait ? waitWords(wait.remaining()) : null),
                        HTML)
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HTML)
    public Response signIn(
            @FormParam("user") @Nullable String user,
            @FormParam("code") @Nullable String code,
            @HeaderParam("Origin") @Nullable String origin,
            @HeaderParam("Host") @Nullable String host) {
        if (attempts.isEmpty()) {
            return SessionCookie.home();
        }
        if (host == null || !SessionCookie.sameOrigin(origin, host)) {
            return Response.status(403)
                    .type(HTML)
                    .entity(page("", "", null, "Sign-in is only accepted from this preview host's own page."))
                    .build();
        }
        String typedUser = Optional.ofNullable(user).orElse("");
        SignInAttempts.Outcome outcome = attempts.get().attempt(user, code);
        if (outcome instanceof SignInAttempts.Right right) {
            return Response.seeOther(URI.create("/"))
                    .cookie(cookie.of(sessions.open(right.username(), host)))
                    .build();
        }
        if (outcome instanceof SignInAttempts.Wait wait) {
            return Response.status(TOO_MANY)
                    .type(HTML)
                    .header("Retry-After", seconds(wait.remaining()))
                    .entity(page(typedUser, "", null, waitWords(wait.remaining())))
                    .build();
        }
        return Response.status(401)
                .type(HTML)
                .entity(page(typedUser, "", null, WRONG))
                .build();
    }

    private static String waitWords(Duration wait) {
        long seconds = seconds(wait);
        return "Too many wrong codes were tried for this user name. Try again in "
                + (seconds < 120 ? seconds + " seconds." : (seconds + 59) / 60 + " minutes.");
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    /**
     * @param whose   the person the code signs in, once it is known to be right; null before
     * @param problem what was wrong with the last try, said above the form; null when there is nothing to say
     */
    private String page(String user, String code, @Nullable Viewer whose, @Nullable String problem) {
        HtmlWriter body = new HtmlWriter().element("h1", "Sign in to the agenda preview");
        if (problem != null) {
            body.element("p", problem, "class", "preview-error", "role", "alert");
        }
        body.element(
                "p",
                whose != null
                        ? "This is " + whose.displayName() + "'s sign-in link. In this preview you see Jira as "
                                + whose.displayName() + " does."
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
                .element("button", whose != null ? "Sign in as " + whose.displayName() : "Sign in", "type", "submit")
                .close("form");
        return PreviewChrome.document("Sign in — agenda preview", chrome.banner(), body.toSafeHtml());
    }
}

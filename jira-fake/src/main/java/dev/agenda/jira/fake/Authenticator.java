package dev.agenda.jira.fake;

import dev.agenda.core.tracker.ServerInfo;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who a request acts as, from its {@code Authorization} header, as the deployment authenticates: Data Center by
 * personal access token ({@code Bearer <token>}), Cloud by email and API token ({@code Basic base64(email:token)},
 * the email being the token owner's). Tokens are registered per user by the test. Thread-safe.
 */
final class Authenticator {

    /** What a request's credentials amount to. */
    enum Outcome {
        NONE,
        ACCEPTED,
        REFUSED
    }

    /** The outcome, and the user when accepted. */
    record Identity(Outcome outcome, Optional<FakeUser> user) {}

    private final FakeJiraWorld world;
    private final ServerInfo.Deployment deployment;
    private final Map<String, String> usernameByToken = new ConcurrentHashMap<>();

    Authenticator(FakeJiraWorld world, ServerInfo.Deployment deployment) {
        this.world = world;
        this.deployment = deployment;
    }

    void register(String username, String token) {
        FakeUser user = world.user(username)
                .orElseThrow(() -> new IllegalArgumentException("the fake Jira has no user " + username));
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("a token cannot be blank");
        }
        usernameByToken.put(token, user.name());
    }

    void revoke(String token) {
        usernameByToken.remove(token);
    }

    Identity identify(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return new Identity(Outcome.NONE, Optional.empty());
        }
        Optional<FakeUser> user =
                deployment == ServerInfo.Deployment.CLOUD ? basic(authorization) : bearer(authorization);
        return user.map(found -> new Identity(Outcome.ACCEPTED, Optional.of(found)))
                .orElseGet(() -> new Identity(Outcome.REFUSED, Optional.empty()));
    }

    private Optional<FakeUser> bearer(String authorization) {
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return owner(authorization.substring(7).strip());
    }

    private Optional<FakeUser> basic(String authorization) {
        if (!authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String pair;
        try {
            pair = new String(
                    Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = pair.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String email = pair.substring(0, colon);
        return owner(pair.substring(colon + 1)).filter(user -> user.email().equalsIgnoreCase(email));
    }

    private Optional<FakeUser> owner(String token) {
        return Optional.ofNullable(usernameByToken.get(token)).flatMap(world::user);
    }
}

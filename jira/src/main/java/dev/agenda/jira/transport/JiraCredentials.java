package dev.agenda.jira.transport;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * How the app authenticates to Jira: a Data Center personal access token (sent as {@code Authorization: Bearer}),
 * a Cloud email and API token (HTTP Basic), or nothing. The secret is only ever written into the Authorization
 * header; {@code toString()} and every message show it redacted.
 */
public sealed interface JiraCredentials {

    /** The Authorization header value, if any. */
    Optional<String> authorizationHeader();

    static JiraCredentials none() {
        return new None();
    }

    static JiraCredentials personalAccessToken(String token) {
        return new PersonalAccessToken(token);
    }

    static JiraCredentials emailAndApiToken(String email, String apiToken) {
        return new EmailAndApiToken(email, apiToken);
    }

    /** No credentials: anonymous access, or a transport that authenticates by itself. */
    record None() implements JiraCredentials {
        @Override
        public Optional<String> authorizationHeader() {
            return Optional.empty();
        }
    }

    /** A Jira Data Center personal access token. */
    record PersonalAccessToken(String token) implements JiraCredentials {
        public PersonalAccessToken {
            Objects.requireNonNull(token, "token");
        }

        @Override
        public Optional<String> authorizationHeader() {
            return Optional.of("Bearer " + token);
        }

        @Override
        public String toString() {
            return "PersonalAccessToken[****]";
        }
    }

    /** A Jira Cloud account's email with one of its API tokens. */
    record EmailAndApiToken(String email, String apiToken) implements JiraCredentials {
        public EmailAndApiToken {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(apiToken, "apiToken");
        }

        @Override
        public Optional<String> authorizationHeader() {
            String pair = email + ":" + apiToken;
            return Optional.of("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }

        @Override
        public String toString() {
            return "EmailAndApiToken[" + email + ", ****]";
        }
    }
}

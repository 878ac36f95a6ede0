package dev.agenda.jira.transport;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * How the app authenticates to Jira: a Data Center personal access token (sent as {@code Authorization: Bearer}),
 * a Cloud email and API token (HTTP Basic), or nothing. The secret is only ever written into the Authorization
 * header; {@code toString()} and every message show it redacted.
 *
 * <p>A token is printable ASCII without spaces, as Jira makes them: one holding anything else (a line break pasted
 * with it, a control character) is refused when the credentials are made, with an {@link IllegalArgumentException}
 * that says what is wrong and never repeats the token or any part of it. Refused here, it never reaches the HTTP
 * client, whose own refusal of such a header quotes the whole value. An email holding a control character is refused
 * the same way.
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
            refuseUnlikeAToken(token);
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
            refuseUnlikeAToken(apiToken);
            if (email.isEmpty() || email.codePoints().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException(
                        "the email is empty or holds a control character (a line break pasted with it?)");
            }
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

    /**
     * Refuses a token that is empty or holds anything but printable ASCII (letters, digits and punctuation, no
     * spaces): what Jira's tokens are made of, and what an HTTP header carries as it is. The message says where the
     * first wrong character is, never what the token holds.
     */
    private static void refuseUnlikeAToken(String token) {
        if (token.isEmpty()) {
            throw new IllegalArgumentException("the token is empty");
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c < '!' || c > '~') {
                throw new IllegalArgumentException("the token holds a character no Jira token has, at position "
                        + (i + 1) + " (" + kind(c) + "; pasted with it?)");
            }
        }
    }

    private static String kind(char c) {
        if (c == '\n' || c == '\r') {
            return "a line break";
        }
        if (Character.isISOControl(c)) {
            return "a control character";
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) ? "a space" : "a character outside ASCII";
    }
}

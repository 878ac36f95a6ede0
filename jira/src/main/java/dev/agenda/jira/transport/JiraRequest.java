package dev.agenda.jira.transport;

import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP request to Jira, relative to its base URL: a method, a path starting with {@code /rest/} (query included,
 * already encoded) and an optional JSON body. Carries no credentials: the transport adds them.
 *
 * @param read whether the request only reads (a GET, or a search sent as POST because its JQL is long), so that
 *             repeating it after a failure is always safe
 */
public record JiraRequest(JiraRequest.Method method, String path, Optional<String> jsonBody, boolean read) {

    public JiraRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(jsonBody, "jsonBody");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a Jira request path starts with /: " + path);
        }
    }

    /** The methods this client sends. */
    public enum Method {
        GET,
        POST,
        PUT
    }

    public static JiraRequest get(String path) {
        return new JiraRequest(Method.GET, path, Optional.empty(), true);
    }

    public static JiraRequest post(String path, String json) {
        return new JiraRequest(Method.POST, path, Optional.of(json), false);
    }

    /** A POST that only reads, such as a JQL search. */
    public static JiraRequest postQuery(String path, String json) {
        return new JiraRequest(Method.POST, path, Optional.of(json), true);
    }

    public static JiraRequest put(String path, String json) {
        return new JiraRequest(Method.PUT, path, Optional.of(json), false);
    }

    /** Reads change nothing, so repeating them is always safe. */
    public boolean isIdempotentRead() {
        return read;
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}

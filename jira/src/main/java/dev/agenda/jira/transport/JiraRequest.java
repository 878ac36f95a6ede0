package dev.agenda.jira.transport;

import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP request to Jira, relative to its base URL: a method, a path starting with {@code /rest/} (query included,
 * already encoded), an optional JSON body, and whether sending it twice is safe. Carries no credentials: the transport
 * adds them.
 *
 * @param repeat what sending the request again does, decided where the request is built (only there is it known
 *               what the request means to Jira)
 */
public record JiraRequest(JiraRequest.Method method, String path, Optional<String> jsonBody, Repeat repeat) {

    public JiraRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(jsonBody, "jsonBody");
        Objects.requireNonNull(repeat, "repeat");
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

    /** What happens if the request reaches Jira twice, after a failure that may or may not have executed it. */
    public enum Repeat {
        /** It only reads (a GET, or a search sent as POST because its JQL is long): repeating changes nothing. */
        READ,
        /**
         * A write that leaves Jira the same however often it runs: a remote link with a {@code globalId} (Jira updates
         * the link with that id), a watcher added, an entity property put, fields set to given values.
         */
        SAFE_WRITE,
        /**
         * A write that could act twice — a create, a transition: never repeated blindly; at most after asking Jira
         * whether the first one was applied.
         */
        ONCE
    }

    public static JiraRequest get(String path) {
        return new JiraRequest(Method.GET, path, Optional.empty(), Repeat.READ);
    }

    /** A POST that could act twice if repeated (a create, a transition). */
    public static JiraRequest post(String path, String json) {
        return new JiraRequest(Method.POST, path, Optional.of(json), Repeat.ONCE);
    }

    /** A POST that only reads, such as a JQL search. */
    public static JiraRequest postQuery(String path, String json) {
        return new JiraRequest(Method.POST, path, Optional.of(json), Repeat.READ);
    }

    /** A PUT that could act differently if repeated. */
    public static JiraRequest put(String path, String json) {
        return new JiraRequest(Method.PUT, path, Optional.of(json), Repeat.ONCE);
    }

    /** The same request, declared safe to send again (see {@link Repeat#SAFE_WRITE}). */
    public JiraRequest safeToRepeat() {
        return new JiraRequest(method, path, jsonBody, repeat == Repeat.READ ? Repeat.READ : Repeat.SAFE_WRITE);
    }

    /** Whether the request may be sent again after a failure that may have executed it (a 5xx, a timeout). */
    public boolean isSafeToRepeat() {
        return repeat != Repeat.ONCE;
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}

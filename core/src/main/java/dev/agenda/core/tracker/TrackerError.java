package dev.agenda.core.tracker;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Why an issue-tracker operation failed, classified so callers can act (retry later, ask the user to sign in,
 * report a field) and worded so a user can read {@link #message()} as it is. Never contains credentials.
 *
 * @param fieldErrors for {@link Kind#INVALID}: the tracker's message per field name ({@code summary}, {@code duedate})
 * @param retryAfter  for {@link Kind#RATE_LIMITED} (and some {@link Kind#UNAVAILABLE}): how long the tracker asked us
 *     to wait
 */
public record TrackerError(Kind kind, String message, Map<String, String> fieldErrors, Optional<Duration> retryAfter) {

    /** The classes of failure callers handle differently. */
    public enum Kind {
        /** The project does not exist, or the user may not see it (Jira does not say which). */
        PROJECT_NOT_FOUND,
        /** The issue does not exist, or the user may not see it. */
        ISSUE_NOT_FOUND,
        /** Something else that was addressed does not exist (a transition, a user). */
        NOT_FOUND,
        /** No or wrong credentials (HTTP 401), or the application link needs the user's consent. */
        NOT_AUTHENTICATED,
        /** Authenticated, but not allowed (HTTP 403). */
        FORBIDDEN,
        /** The tracker rejected the request's content (HTTP 400), usually naming fields. */
        INVALID,
        /** Too many requests (HTTP 429, or 503 with Retry-After); try again after {@link #retryAfter()}. */
        RATE_LIMITED,
        /** The tracker could not be reached or failed (5xx, timeout, connection refused). */
        UNAVAILABLE,
        /** The tracker answered something its API does not describe (not JSON, missing required values). */
        BAD_RESPONSE
    }

    public TrackerError {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        fieldErrors = Map.copyOf(fieldErrors);
        Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public static TrackerError of(Kind kind, String message) {
        return new TrackerError(kind, message, Map.of(), Optional.empty());
    }

    public static TrackerError projectNotFound(String projectKey) {
        return of(
                Kind.PROJECT_NOT_FOUND,
                "Jira project " + projectKey + " doesn't exist or you don't have permission to view it.");
    }

    public static TrackerError issueNotFound(String issueKey) {
        return of(
                Kind.ISSUE_NOT_FOUND,
                "Jira issue " + issueKey + " doesn't exist or you don't have permission to view it.");
    }

    public static TrackerError rateLimited(Duration retryAfter) {
        return new TrackerError(
                Kind.RATE_LIMITED,
                "Jira is limiting how fast it is asked; try again in " + Math.max(1, retryAfter.toSeconds()) + " s.",
                Map.of(),
                Optional.of(retryAfter));
    }

    /** Whether trying again later can succeed without anyone changing anything. */
    public boolean isTransient() {
        return kind == Kind.RATE_LIMITED || kind == Kind.UNAVAILABLE;
    }

    /** For a report: the messages per field when the tracker named fields, else the message. */
    public String detail() {
        return fieldErrors.isEmpty() ? message : String.join("; ", fieldMessages());
    }

    /** The messages per field, in the form "field: message", for reports. */
    public List<String> fieldMessages() {
        return fieldErrors.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> entry.getKey() + ": " + entry.getValue())
                .toList();
    }
}

package dev.agenda.jira.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agenda.core.tracker.TrackerError;
import dev.agenda.jira.transport.JiraResponse;
import dev.agenda.jira.transport.JiraTransportException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place where Jira's failures become {@link TrackerError}s. Jira's error body
 * ({@code {"errorMessages": [...], "errors": {"field": "message"}}}) is read when it is there — either key may be
 * missing, and proxies answer HTML — and never trusted to be present. Messages name Jira's address and never carry
 * credentials (the transport holds them; no header is ever echoed).
 */
public final class ErrorMapper {

    private final ObjectMapper json;
    private final RateLimitWait rateLimitWait;

    public ErrorMapper(ObjectMapper json, RateLimitWait rateLimitWait) {
        this.json = json;
        this.rateLimitWait = rateLimitWait;
    }

    /** Jira's messages from an error body: its {@code errorMessages} and its {@code errors} by field. */
    public record JiraMessages(List<String> messages, Map<String, String> fieldErrors) {
        static final JiraMessages NONE = new JiraMessages(List.of(), Map.of());

        /** All of it in one readable line. */
        public String summary() {
            List<String> parts = new ArrayList<>(messages);
            fieldErrors.forEach((field, message) -> parts.add(field + ": " + message));
            return String.join("; ", parts);
        }
    }

    /** The error a non-2xx answer means, for a request about {@code subject}. */
    public TrackerError map(JiraResponse response, Subject subject, String where) {
        int status = response.status();
        JiraMessages messages = messages(response.body());
        if (rateLimitWait.isRateLimit(response)) {
            return TrackerError.rateLimited(rateLimitWait.of(response).orElse(Duration.ofSeconds(1)));
        }
        return switch (status) {
            case 400 ->
                new TrackerError(
                        TrackerError.Kind.INVALID,
                        "Jira rejected the request" + detail(messages) + ".",
                        messages.fieldErrors(),
                        Optional.empty());
            case 401 ->
                TrackerError.of(
                        TrackerError.Kind.NOT_AUTHENTICATED,
                        where + " did not accept the credentials"
                                + " (HTTP 401): check the token, or sign in to Jira again.");
            case 403 ->
                TrackerError.of(
                        TrackerError.Kind.FORBIDDEN,
                        where + " refused the request (HTTP 403)" + detail(messages) + ".");
            case 404 -> subject.notFound(where);
            case 410 ->
                TrackerError.of(
                        TrackerError.Kind.BAD_RESPONSE,
                        where + " no longer offers this REST resource" + " (HTTP 410 Gone)" + detail(messages) + ".");
            default ->
                status >= 500
                        ? TrackerError.of(
                                TrackerError.Kind.UNAVAILABLE,
                                where + " failed (HTTP " + status + ")" + detail(messages) + "; try again later.")
                        : TrackerError.of(
                                TrackerError.Kind.BAD_RESPONSE,
                                where + " answered HTTP " + status + ", which this app does not expect here"
                                        + detail(messages) + ".");
        };
    }

    /** The error for a request that got no answer at all. */
    public TrackerError unreachable(JiraTransportException failure) {
        return TrackerError.of(TrackerError.Kind.UNAVAILABLE, capitalised(failure.getMessage()) + ".");
    }

    /** The error for an answer this client cannot read. */
    public TrackerError unreadable(String where, String what) {
        return TrackerError.of(
                TrackerError.Kind.BAD_RESPONSE, where + " answered something this app cannot read: " + what + ".");
    }

    /** Jira's messages in an error body; none if the body is not Jira's error JSON. */
    public JiraMessages messages(String body) {
        if (body == null || body.isBlank()) {
            return JiraMessages.NONE;
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (IOException e) {
            return JiraMessages.NONE;
        }
        if (root == null || !root.isObject()) {
            return JiraMessages.NONE;
        }
        List<String> messages = new ArrayList<>();
        root.path("errorMessages").forEach(message -> {
            if (message.isTextual() && !message.asText().isBlank()) {
                messages.add(message.asText());
            }
        });
        Map<String, String> fields = new LinkedHashMap<>();
        root.path("errors")
                .properties()
                .forEach(field -> fields.put(field.getKey(), field.getValue().asText()));
        return new JiraMessages(messages, fields);
    }

    private static String detail(JiraMessages messages) {
        String summary = messages.summary();
        return summary.isEmpty() ? "" : ": " + trimmedSentence(summary);
    }

    private static String trimmedSentence(String text) {
        String trimmed = text.length() > 500 ? text.substring(0, 500) + "…" : text;
        return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

package dev.agenda.jira.http;

import dev.agenda.jira.transport.JiraResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads how long Jira asked us to wait: {@code Retry-After} as seconds or as an HTTP date (RFC 9110 §10.2.3), else
 * {@code X-RateLimit-Reset}, which Jira Cloud sends as an ISO 8601 timestamp (some proxies send epoch seconds).
 * Times in the past count as no wait; unreadable values as absent.
 */
public final class RateLimitWait {

    private final Clock clock;

    public RateLimitWait(Clock clock) {
        this.clock = clock;
    }

    /** The clock waits are measured on. */
    public Clock clock() {
        return clock;
    }

    /** The wait Jira asked for, if it asked. */
    public Optional<Duration> of(JiraResponse response) {
        Optional<Duration> retryAfter = response.header("Retry-After").flatMap(this::retryAfter);
        return retryAfter.isPresent()
                ? retryAfter
                : response.header("X-RateLimit-Reset").flatMap(this::reset);
    }

    /** Whether this answer means "too many requests, come back later" rather than "failed". */
    public boolean isRateLimit(JiraResponse response) {
        return response.status() == 429
                || (response.status() == 503 && of(response).isPresent());
    }

    private Optional<Duration> retryAfter(String value) {
        String trimmed = value.trim();
        if (trimmed.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
        }
        try {
            return Optional.of(until(ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private Optional<Duration> reset(String value) {
        String trimmed = value.trim();
        if (trimmed.matches("\\d{9,12}")) {
            return Optional.of(until(Instant.ofEpochSecond(Long.parseLong(trimmed))));
        }
        try {
            return Optional.of(until(OffsetDateTime.parse(trimmed).toInstant()));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(until(Instant.parse(trimmed)));
            } catch (DateTimeParseException again) {
                return Optional.empty();
            }
        }
    }

    private Duration until(Instant instant) {
        Duration wait = Duration.between(clock.instant(), instant);
        return wait.isNegative() ? Duration.ZERO : wait;
    }
}

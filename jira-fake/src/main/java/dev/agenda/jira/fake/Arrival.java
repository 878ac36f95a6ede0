package dev.agenda.jira.fake;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One request as the fake Jira over HTTP saw it arrive, for tests that hold a client to what Jira asked: when it came
 * (on the server's clock, read as the request arrived), in which order, what it was, and what it was answered.
 *
 * @param sequence   its place in the order of arrival, from 1
 * @param at         when it arrived, on the server's clock
 * @param request    the method, the path with its query, and a digest of the body: equal for a request sent again
 * @param status     the status it was answered
 * @param retryAfter the wait the answer asked for ({@code Retry-After}), if it asked
 */
public record Arrival(long sequence, Instant at, String request, int status, Optional<Duration> retryAfter) {

    public Arrival {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** Whether Jira turned it away with 429 and a wait. */
    public boolean rateLimited() {
        return status == 429 && retryAfter.isPresent();
    }

    /** When the wait it was asked for ends; its arrival when it was not asked to wait. */
    public Instant waitEnds() {
        return at.plus(retryAfter.orElse(Duration.ZERO));
    }
}

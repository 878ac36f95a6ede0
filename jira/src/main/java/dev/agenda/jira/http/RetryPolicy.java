package dev.agenda.jira.http;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How the client retries: reads (which change nothing) after transport failures and 5xx answers, with exponential
 * backoff and jitter, at most {@code maxAttempts} times in all; any request Jira turned away with 429 (or 503 with
 * {@code Retry-After}) after exactly the wait Jira asked for, if that wait is at most {@code maxRetryAfter} —
 * longer waits are reported to the caller instead. Writes are never retried after a failure that may have executed
 * them (a timeout, a 5xx): the sync layer decides, using its idempotency look-up.
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    }

    /** Four attempts, waits of about 0.25 s, 0.5 s, 1 s (at most 4 s), and Retry-After honoured up to 60 s. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofMillis(250), Duration.ofSeconds(4), Duration.ofSeconds(60));
    }

    /** No retries at all. */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }

    /**
     * The wait before attempt {@code attempt + 1}: "equal jitter" — half the exponential delay, plus a random share
     * of the other half, so that many clients do not retry in step.
     */
    public Duration backoff(int attempt, RandomGenerator random) {
        long exponential = baseDelay.toMillis() << Math.min(20, attempt - 1);
        long capped = Math.min(maxDelay.toMillis(), exponential);
        long half = capped / 2;
        return Duration.ofMillis(half + (half == 0 ? 0 : random.nextLong(half + 1)));
    }
}

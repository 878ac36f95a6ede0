package dev.agenda.jira.http;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How the client retries, budgeted by time rather than by count. Reads and writes that are safe to repeat are tried
 * again after transport failures and 5xx answers, with exponential backoff and jitter of at most {@code maxDelay}
 * between tries; any request Jira turned away with 429 (or 503 with a wait) is sent again after exactly the wait Jira
 * asked for, and that wait never counts as a failed attempt. A request keeps trying until its next wait would go past
 * its patience; a wait Jira asks for that is longer than what is left is reported instead of waited.
 *
 * <p>There are two patiences. A request on its own — a status look-up a page is waiting for — has
 * {@code requestPatience} from its first try. A run ({@code IssueTracker.forRun()}: a sync, a command line's work)
 * has {@code runPatience} from its start, shared by every request of the run on every thread.
 *
 * @param baseDelay       the first backoff (before jitter); each later one doubles
 * @param maxDelay        the longest backoff between two tries (Atlassian's guidance for its REST APIs: about 30 s)
 * @param requestPatience how long one request outside a run keeps trying
 * @param runPatience     how long all the requests of one run together keep trying
 */
public record RetryPolicy(Duration baseDelay, Duration maxDelay, Duration requestPatience, Duration runPatience) {

    /** A run's patience unless the user says otherwise ({@code --jira-patience}). */
    public static final Duration DEFAULT_RUN_PATIENCE = Duration.ofMinutes(3);

    public RetryPolicy {
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(requestPatience, "requestPatience");
        Objects.requireNonNull(runPatience, "runPatience");
        if (baseDelay.isNegative()
                || maxDelay.isNegative()
                || requestPatience.isNegative()
                || runPatience.isNegative()) {
            throw new IllegalArgumentException("delays and patiences cannot be negative");
        }
    }

    /**
     * Backoff from about 0.25 s, doubling up to 30 s; a request on its own keeps trying for 2 s (about what a page
     * waiting for statuses can bear), a run for {@link #DEFAULT_RUN_PATIENCE}.
     */
    public static RetryPolicy defaults() {
        return new RetryPolicy(
                Duration.ofMillis(250), Duration.ofSeconds(30), Duration.ofSeconds(2), DEFAULT_RUN_PATIENCE);
    }

    /** No retries at all, and no wait: every request is tried once. */
    public static RetryPolicy none() {
        return new RetryPolicy(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }

    /** The same policy with this patience for a run. */
    public RetryPolicy withRunPatience(Duration patience) {
        return new RetryPolicy(baseDelay, maxDelay, requestPatience, patience);
    }

    /**
     * The wait after the {@code failures}-th failed try: "equal jitter" — half the exponential delay, plus a random
     * share of the other half, so that many clients do not retry in step.
     */
    public Duration backoff(int failures, RandomGenerator random) {
        long exponential = baseDelay.toMillis() << Math.min(20, Math.max(0, failures - 1));
        long capped = Math.min(maxDelay.toMillis(), exponential);
        long half = capped / 2;
        return Duration.ofMillis(half + (half == 0 ? 0 : random.nextLong(half + 1)));
    }
}

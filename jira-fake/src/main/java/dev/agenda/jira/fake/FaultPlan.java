package dev.agenda.jira.fake;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Faults the fake Jira injects, changeable while it runs: a share of requests failing with 500 or 503, the next
 * {@code n} requests refused with 429 and a {@code Retry-After}, and a delay before every HTTP answer. Decisions come
 * from the injected random source, so a seeded run fails the same requests every time. Thread-safe.
 */
public final class FaultPlan {

    /** A fault to inject into one request. */
    public sealed interface Fault permits ServerError, RateLimited {
    }

    /** Answer with this 5xx status. */
    public record ServerError(int status) implements Fault {
    }

    /** Answer 429 with this wait. */
    public record RateLimited(Duration retryAfter) implements Fault {
    }

    private final RandomGenerator random;
    private double errorRate;
    private int rateLimitedRequests;
    private Duration retryAfter = Duration.ofSeconds(1);
    private Duration latency = Duration.ZERO;

    public FaultPlan(RandomGenerator random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /** No faults. */
    public static FaultPlan none() {
        return new FaultPlan(new java.util.SplittableRandom(0));
    }

    /** This share of requests (0 to 1) fails with 500 or 503. */
    public synchronized FaultPlan errorRate(double share) {
        if (share < 0 || share > 1) {
            throw new IllegalArgumentException("an error rate is between 0 and 1: " + share);
        }
        this.errorRate = share;
        return this;
    }

    /** The next {@code requests} requests are refused with 429 and this Retry-After. */
    public synchronized FaultPlan rateLimitNext(int requests, Duration wait) {
        this.rateLimitedRequests = requests;
        this.retryAfter = wait;
        return this;
    }

    /** Every HTTP answer is delayed by this much. */
    public synchronized FaultPlan latency(Duration delay) {
        this.latency = Objects.requireNonNull(delay, "delay");
        return this;
    }

    public synchronized Duration latency() {
        return latency;
    }

    /** The fault for the next request, if any; consumes one rate-limited request. */
    public synchronized Optional<Fault> next() {
        if (rateLimitedRequests > 0) {
            rateLimitedRequests--;
            return Optional.of(new RateLimited(retryAfter));
        }
        if (errorRate > 0 && random.nextDouble() < errorRate) {
            return Optional.of(new ServerError(random.nextBoolean() ? 500 : 503));
        }
        return Optional.empty();
    }
}

package dev.agenda.jira.fake;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Faults the fake Jira injects, changeable while it runs: a share of requests failing with 500 or 503
 * ({@link #errorRate}) or with 503 alone ({@link #unavailableRate}), the next {@code n} requests refused with 429 and a
 * {@code Retry-After} ({@link #rateLimitNext}), bursts of them starting at random ({@link #rateLimitBursts}; both at
 * once: {@link #struggling}), and a delay before every HTTP answer ({@link #latency}). Rate limiting comes first: while
 * requests are being refused with 429, no server errors are drawn. Which requests fail comes from the injected random
 * source, so a seeded run fails the same requests every time. The in-memory {@link FakeJira} turns faults into
 * {@code RATE_LIMITED} and {@code UNAVAILABLE} results; latency applies to HTTP only. Thread-safe.
 */
public final class FaultPlan {

    /** A fault to inject into one request. */
    public sealed interface Fault permits ServerError, RateLimited {}

    /** Answer with this 5xx status. */
    public record ServerError(int status) implements Fault {}

    /** Answer 429 with this wait in {@code Retry-After}. */
    public record RateLimited(Duration retryAfter) implements Fault {}

    private final RandomGenerator random;
    private double errorRate;
    private double unavailableRate;
    private double burstChance;
    private int burstLength;
    private Duration burstRetryAfter = Duration.ofSeconds(1);
    private int rateLimitedRequests;
    private Duration retryAfter = Duration.ofSeconds(1);
    private Duration latency = Duration.ZERO;

    /** No faults yet; random decisions (once an error rate is set) come from this source. */
    public FaultPlan(RandomGenerator random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * A Jira that struggles as issue 14 saw one: about a third of requests answered 503, and one request in twenty
     * starting a burst of three refused with 429 and this {@code Retry-After}. Which requests fail comes from
     * {@code random}, so a seeded plan fails the same requests when they arrive in the same order.
     */
    public static FaultPlan struggling(RandomGenerator random, Duration retryAfter) {
        return new FaultPlan(random).unavailableRate(1.0 / 3).rateLimitBursts(0.05, 3, retryAfter);
    }

    /** No faults, with a fixed seed should any be set later. */
    public static FaultPlan none() {
        return new FaultPlan(new SplittableRandom(0));
    }

    /** This share of requests (0 to 1) fails with 500 or 503. */
    public synchronized FaultPlan errorRate(double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("an error rate is between 0 and 1: " + share);
        }
        this.errorRate = share;
        return this;
    }

    /** This share of requests (0 to 1) is answered 503, as a Jira short of capacity answers (no wait is given). */
    public synchronized FaultPlan unavailableRate(double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("an error rate is between 0 and 1: " + share);
        }
        this.unavailableRate = share;
        return this;
    }

    /**
     * Each request not already refused starts, with this chance, a burst: it and the {@code length - 1} requests after
     * it are refused with 429 and this {@code Retry-After}, as a Jira rate-limiting a burst of requests does.
     */
    public synchronized FaultPlan rateLimitBursts(double chance, int length, Duration retryAfter) {
        if (!(chance >= 0 && chance <= 1) || length < 1 || retryAfter.isNegative()) {
            throw new IllegalArgumentException(
                    "a burst needs a chance between 0 and 1, a length of at least 1 and a" + " wait of at least zero");
        }
        this.burstChance = chance;
        this.burstLength = length;
        this.burstRetryAfter = retryAfter;
        return this;
    }

    /** The next {@code requests} requests are refused with 429 and this {@code Retry-After} (whole seconds). */
    public synchronized FaultPlan rateLimitNext(int requests, Duration wait) {
        if (requests < 0 || wait.isNegative()) {
            throw new IllegalArgumentException("rate limiting needs a count and a wait of at least zero");
        }
        this.rateLimitedRequests = requests;
        this.retryAfter = wait;
        return this;
    }

    /** Every HTTP answer is delayed by this much (on a scheduler; no thread sleeps). */
    public synchronized FaultPlan latency(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("latency cannot be negative: " + delay);
        }
        this.latency = delay;
        return this;
    }

    /** Removes every fault. */
    public synchronized FaultPlan clear() {
        errorRate = 0;
        unavailableRate = 0;
        burstChance = 0;
        rateLimitedRequests = 0;
        latency = Duration.ZERO;
        return this;
    }

    public synchronized Duration latency() {
        return latency;
    }

    public synchronized double errorRate() {
        return errorRate;
    }

    /** How many of the coming requests will still be refused with 429. */
    public synchronized int rateLimitedRequests() {
        return rateLimitedRequests;
    }

    /** The fault for the next request, if any; consumes one rate-limited request or one random draw. */
    public synchronized Optional<Fault> next() {
        if (rateLimitedRequests > 0) {
            rateLimitedRequests--;
            return Optional.of(new RateLimited(retryAfter));
        }
        if (burstChance > 0 && random.nextDouble() < burstChance) {
            rateLimitedRequests = burstLength - 1;
            retryAfter = burstRetryAfter;
            return Optional.of(new RateLimited(burstRetryAfter));
        }
        if (errorRate > 0 && random.nextDouble() < errorRate) {
            return Optional.of(new ServerError(random.nextBoolean() ? 500 : 503));
        }
        if (unavailableRate > 0 && random.nextDouble() < unavailableRate) {
            return Optional.of(new ServerError(503));
        }
        return Optional.empty();
    }
}

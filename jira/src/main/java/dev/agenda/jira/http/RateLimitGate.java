package dev.agenda.jira.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What every request of one client must respect after Jira rate-limited any of them: when one answer says "come back
 * in 5 s", the requests other threads are about to send wait too, instead of each earning its own 429. Thread-safe.
 */
final class RateLimitGate {

    private final Clock clock;
    private Instant closedUntil = Instant.MIN;

    RateLimitGate(Clock clock) {
        this.clock = clock;
    }

    /** Jira asked for {@code wait} from now; the gate stays closed until then (or longer, if it already was). */
    synchronized void closeFor(Duration wait) {
        Instant until = clock.instant().plus(wait);
        if (until.isAfter(closedUntil)) {
            closedUntil = until;
        }
    }

    /** How long a request must still wait before it may be sent; empty when the gate is open. */
    synchronized Optional<Duration> remaining() {
        Instant now = clock.instant(); // read once: a clock read twice moves on in between
        return closedUntil.isAfter(now) ? Optional.of(Duration.between(now, closedUntil)) : Optional.empty();
    }
}

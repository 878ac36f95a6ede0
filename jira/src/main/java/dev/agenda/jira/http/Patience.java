package dev.agenda.jira.http;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How long requests may keep trying before they report Jira's failure: either each request on its own, from its first
 * try, or every request of one run until the run's deadline, whichever thread sends it. Immutable, so one run's
 * threads share it without locking.
 */
final class Patience {

    private final Duration length;
    private final @Nullable Instant runDeadline; // null: each request has the length from its own first try

    private Patience(Duration length, @Nullable Instant runDeadline) {
        this.length = Objects.requireNonNull(length, "length");
        this.runDeadline = runDeadline;
    }

    /** Each request may keep trying for {@code each} from its first try. */
    static Patience perRequest(Duration each) {
        return new Patience(each, null);
    }

    /** Every request of a run that starts at {@code start} may keep trying until {@code length} after it. */
    static Patience forRun(Instant start, Duration length) {
        return new Patience(length, start.plus(length));
    }

    /** When a request first tried at {@code firstTry} must stop trying. */
    Instant deadlineFor(Instant firstTry) {
        return runDeadline != null ? runDeadline : firstTry.plus(length);
    }

    boolean isRun() {
        return runDeadline != null;
    }

    Duration length() {
        return length;
    }

    /** "the run's patience of 3 min" or "the patience of 2 s", for messages. */
    String describe() {
        return (isRun() ? "the run's patience of " : "a request's patience of ") + Waits.words(length);
    }
}

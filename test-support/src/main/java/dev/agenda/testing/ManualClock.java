package dev.agenda.testing;

import dev.agenda.core.time.Pause;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A clock that moves only when told, and a {@link Pause} that moves it instead of waiting: tests of retries record
 * the waits they asked for and run at full speed. Thread-safe: the sync pauses from several threads at once.
 */
public final class ManualClock extends Clock implements Pause {

    private volatile Instant now;
    private final List<Duration> pauses = new CopyOnWriteArrayList<>();

    public ManualClock(Instant start) {
        this.now = start;
    }

    @Override
    public void pause(Duration duration) {
        pauses.add(duration);
        advance(duration);
    }

    /** Moves the clock on, as time passing would. */
    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    public List<Duration> pauses() {
        return List.copyOf(pauses);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}

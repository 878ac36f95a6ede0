package dev.agenda.jira.fake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock for tests that stands still until told to move. */
final class TickingClock extends Clock {

    private volatile Instant now;

    TickingClock(Instant start) {
        this.now = start;
    }

    static TickingClock at(String instant) {
        return new TickingClock(Instant.parse(instant));
    }

    void advance(Duration step) {
        now = now.plus(step);
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

package dev.agenda.core.time;

import java.time.Duration;

/**
 * Port: waits before a retry. Production code waits on a scheduler (the Jira client's {@code ScheduledPause}); tests
 * record the waits and advance a clock instead, so no test ever waits for real.
 */
@FunctionalInterface
public interface Pause {

    void pause(Duration duration) throws InterruptedException;
}

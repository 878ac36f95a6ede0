package dev.agenda.jira;

import java.time.Duration;

/**
 * Port: waits before a retry. Production code waits on a scheduler ({@link ScheduledPause}); tests record the waits
 * and advance a clock instead, so no test ever waits for real.
 */
public interface Pause {

    void pause(Duration duration) throws InterruptedException;
}

package dev.agenda.jira;

import dev.agenda.core.time.Pause;
import dev.agenda.jira.http.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * How a Jira client behaves around its requests: its retry policy (backoff, and how long a request and a run may keep
 * trying), and the clock, pause and randomness it uses for waiting — injected so that tests run the retry logic at full
 * speed on a clock that only their waits move.
 */
public record JiraClientSettings(RetryPolicy retry, Clock clock, Pause pause, RandomGenerator random) {

    public JiraClientSettings {
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(pause, "pause");
        Objects.requireNonNull(random, "random");
    }

    /** The same settings with this patience for a run (the command line's {@code --jira-patience}). */
    public JiraClientSettings withRunPatience(Duration patience) {
        return new JiraClientSettings(retry.withRunPatience(patience), clock, pause, random);
    }

    /**
     * The default retry policy, the system clock, real waits and a fresh random source. The source is a
     * {@link Random}, which is safe to share between a sync's threads and, unlike {@link RandomGenerator#getDefault()},
     * is not looked up through the thread's context class loader (inside Confluence the plugin bundle's, which cannot
     * see the JDK's random-number providers).
     */
    public static JiraClientSettings defaults() {
        return new JiraClientSettings(RetryPolicy.defaults(), Clock.systemUTC(), new ScheduledPause(), new Random());
    }
}

package dev.agenda.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.TrackerError;
import dev.agenda.jira.JiraClientSettings;
import dev.agenda.jira.http.RetryPolicy;
import dev.agenda.jira.transport.JiraRequest;
import dev.agenda.jira.transport.JiraResponse;
import dev.agenda.jira.transport.JiraTransport;
import dev.agenda.jira.transport.JiraTransportException;
import dev.agenda.services.jira.JiraSite;
import dev.agenda.testing.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;

public class PreviewJiraTest {

    private final AtomicInteger attempts = new AtomicInteger();
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-29T10:00:00Z"));
    private final JiraTransport down = new JiraTransport() {
        @Override
        public JiraResponse execute(JiraRequest request) throws JiraTransportException {
            attempts.incrementAndGet();
            throw new JiraTransportException(JiraTransportException.Kind.CONNECTION_REFUSED, "connection refused");
        }

        @Override
        public String describe() {
            return "Jira at http://127.0.0.1:9";
        }
    };
    private final PreviewJira jira = new PreviewJira(
            down,
            new JiraSite(true, "", Optional.empty()),
            new JiraClientSettings(RetryPolicy.none(), clock, duration -> {}, new SplittableRandom(1)));

    @Test
    public void aJiraThatIsDownIsAskedOncePerHalfMinuteNotOncePerPageView() {
        for (int view = 0; view < 20; view++) {
            Result<?> tracker = jira.open().tracker();
            assertEquals(
                    TrackerError.Kind.UNAVAILABLE,
                    tracker.failure().orElseThrow().kind());
        }
        assertEquals(1, attempts.get());

        clock.advance(PreviewJira.RECONNECT_AFTER);
        assertTrue(jira.open().tracker().failure().isPresent());
        assertEquals("tried again once the half minute is over", 2, attempts.get());
        clock.advance(Duration.ofSeconds(1));
        jira.open();
        assertEquals(2, attempts.get());
    }
}

package dev.agenda.jira.http;

import static dev.agenda.jira.testing.ScriptedTransport.json;
import static dev.agenda.jira.testing.ScriptedTransport.withHeader;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.TrackerError;
import dev.agenda.jira.testing.ScriptedTransport;
import dev.agenda.jira.transport.JiraRequest;
import dev.agenda.jira.transport.JiraResponse;
import dev.agenda.jira.transport.JiraTransportException;
import dev.agenda.testing.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.Test;

public class JiraExchangeTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final JiraRequest READ = JiraRequest.get("/rest/api/2/myself");
    private static final JiraRequest WRITE = JiraRequest.post("/rest/api/2/issue", "{}");

    private final ManualClock clock = new ManualClock(NOW);
    private final ScriptedTransport transport = new ScriptedTransport();

    private JiraExchange exchange(RetryPolicy policy) {
        return new JiraExchange(
                transport, policy, clock, new SplittableRandom(7), new RateLimitWait(clock), new ObjectMapper());
    }

    private JiraExchange exchange() {
        return exchange(RetryPolicy.defaults());
    }

    @Test
    public void readIsRetriedAfterServerErrorsWithGrowingJitteredBackoff() {
        transport
                .thenAnswer(json(502, "<html>Bad gateway</html>"))
                .thenAnswer(json(500, ""))
                .thenAnswer(json(200, "{\"name\":\"womullane\"}"));

        Result<JiraResponse> result = exchange().send(READ, Subject.none());

        assertTrue(result.isOk());
        assertEquals(3, transport.requests().size());
        List<Duration> pauses = clock.pauses();
        assertEquals(2, pauses.size());
        assertBetween(pauses.get(0), 125, 250);
        assertBetween(pauses.get(1), 250, 500);
    }

    @Test
    public void readIsRetriedAfterRefusedConnectionsAndGivesUpAfterTheBound() {
        for (int i = 0; i < 10; i++) {
            transport.thenFail(JiraTransportException.Kind.CONNECTION_REFUSED);
        }

        Result<JiraResponse> result = exchange().send(READ, Subject.none());

        assertEquals(
                TrackerError.Kind.UNAVAILABLE, result.failure().orElseThrow().kind());
        assertEquals(RetryPolicy.defaults().maxAttempts(), transport.requests().size());
        assertEquals(RetryPolicy.defaults().maxAttempts() - 1, clock.pauses().size());
        assertTrue(result.failure().orElseThrow().message().contains("refused"));
    }

    @Test
    public void aWriteAnsweredWithAServerErrorIsNeverRepeated() {
        transport.thenAnswer(json(500, "")).thenAnswer(json(201, "{}"));

        Result<JiraResponse> result = exchange().send(WRITE, Subject.none());

        assertEquals(
                TrackerError.Kind.UNAVAILABLE, result.failure().orElseThrow().kind());
        assertEquals(1, transport.requests().size());
        assertTrue(clock.pauses().isEmpty());
    }

    @Test
    public void aWriteThatTimedOutIsNeverRepeated() {
        transport.thenFail(JiraTransportException.Kind.TIMEOUT).thenAnswer(json(201, "{}"));

        Result<JiraResponse> result = exchange().send(WRITE, Subject.none());

        assertEquals(
                TrackerError.Kind.UNAVAILABLE, result.failure().orElseThrow().kind());
        assertEquals(1, transport.requests().size());
    }

    @Test
    public void retryAfterSecondsIsHonouredExactlyEvenForWrites() {
        transport.thenAnswer(withHeader(429, "Retry-After", "7", "")).thenAnswer(json(201, "{}"));

        Result<JiraResponse> result = exchange().send(WRITE, Subject.none());

        assertTrue(result.isOk());
        assertEquals(List.of(Duration.ofSeconds(7)), clock.pauses());
    }

    @Test
    public void retryAfterAsHttpDateIsMeasuredFromTheClock() {
        transport
                .thenAnswer(withHeader(429, "Retry-After", "Sun, 29 Nov 2026 10:00:12 GMT", ""))
                .thenAnswer(json(200, "{}"));

        exchange().send(READ, Subject.none());

        assertEquals(List.of(Duration.ofSeconds(12)), clock.pauses());
    }

    @Test
    public void serviceUnavailableWithRateLimitResetWaitsUntilTheReset() {
        transport
                .thenAnswer(withHeader(503, "X-RateLimit-Reset", "2026-11-29T10:00:30Z", ""))
                .thenAnswer(json(200, "{}"));

        exchange().send(READ, Subject.none());

        assertEquals(List.of(Duration.ofSeconds(30)), clock.pauses());
    }

    @Test
    public void aRateLimitHoldsBackEveryOtherRequestOfTheClientUntilJiraSaidToComeBack() {
        JiraExchange exchange =
                exchange(new RetryPolicy(1, Duration.ofMillis(250), Duration.ofSeconds(4), Duration.ofSeconds(60)));
        transport
                .thenAnswer(withHeader(429, "Retry-After", "7", ""))
                .thenAnswer(json(201, "{}"))
                .thenAnswer(json(200, "{}"));

        Result<JiraResponse> limited = exchange.send(READ, Subject.none());
        Result<JiraResponse> next = exchange.send(WRITE, Subject.none());
        Result<JiraResponse> later = exchange.send(READ, Subject.none());

        assertEquals(
                TrackerError.Kind.RATE_LIMITED, limited.failure().orElseThrow().kind());
        assertTrue(next.isOk());
        assertTrue(later.isOk());
        assertEquals(
                "the next request waited the 7 s out; the one after did not wait again",
                List.of(Duration.ofSeconds(7)),
                clock.pauses());
    }

    @Test
    public void aWaitTooLongToHonourDoesNotHoldBackOtherRequests() {
        transport.thenAnswer(withHeader(429, "Retry-After", "600", "")).thenAnswer(json(200, "{}"));
        JiraExchange exchange = exchange();

        exchange.send(READ, Subject.none());
        Result<JiraResponse> next = exchange.send(READ, Subject.none());

        assertTrue(next.isOk());
        assertTrue(clock.pauses().isEmpty());
    }

    @Test
    public void aWaitLongerThanThePolicyAllowsIsReportedNotWaited() {
        transport.thenAnswer(withHeader(429, "Retry-After", "600", "{\"errorMessages\":[\"Rate limit exceeded.\"]}"));

        Result<JiraResponse> result = exchange().send(READ, Subject.none());

        TrackerError error = result.failure().orElseThrow();
        assertEquals(TrackerError.Kind.RATE_LIMITED, error.kind());
        assertEquals(Duration.ofSeconds(600), error.retryAfter().orElseThrow());
        assertTrue(error.isTransient());
        assertTrue(clock.pauses().isEmpty());
        assertEquals(1, transport.requests().size());
    }

    @Test
    public void noRetryPolicyMakesExactlyOneAttempt() {
        transport.thenAnswer(json(503, "")).thenAnswer(json(200, "{}"));

        Result<JiraResponse> result = exchange(RetryPolicy.none()).send(READ, Subject.none());

        assertEquals(
                TrackerError.Kind.UNAVAILABLE, result.failure().orElseThrow().kind());
        assertEquals(1, transport.requests().size());
    }

    @Test
    public void aBodyThatIsNotJsonIsABadResponseNotAnException() {
        transport.thenAnswer(json(200, "<html><body>Log in to Jira</body></html>"));

        Result<?> result = exchange().sendForJson(READ, Subject.none());

        assertEquals(
                TrackerError.Kind.BAD_RESPONSE, result.failure().orElseThrow().kind());
    }

    @Test
    public void aTruncatedBodyIsABadResponse() {
        transport.thenAnswer(json(200, "{\"issues\":[{\"key\":\"DM-1\""));

        Result<?> result = exchange().sendForJson(READ, Subject.none());

        assertEquals(
                TrackerError.Kind.BAD_RESPONSE, result.failure().orElseThrow().kind());
    }

    private static void assertBetween(Duration actual, long minMillis, long maxMillis) {
        assertTrue(
                actual + " not in [" + minMillis + ", " + maxMillis + "] ms",
                actual.toMillis() >= minMillis && actual.toMillis() <= maxMillis);
    }
}

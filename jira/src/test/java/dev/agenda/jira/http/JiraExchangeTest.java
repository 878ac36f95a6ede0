package dev.agenda.jira.http;

import static dev.agenda.jira.testing.ScriptedTransport.json;
import static dev.agenda.jira.testing.ScriptedTransport.withHeader;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agenda.core.time.Pause;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.TrackerError;
import dev.agenda.jira.testing.ScriptedTransport;
import dev.agenda.jira.transport.JiraRequest;
import dev.agenda.jira.transport.JiraResponse;
import dev.agenda.jira.transport.JiraTransport;
import dev.agenda.jira.transport.JiraTransportException;
import dev.agenda.testing.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;

public class JiraExchangeTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final JiraRequest READ = JiraRequest.get("/rest/api/2/myself");
    private static final JiraRequest WRITE = JiraRequest.post("/rest/api/2/issue", "{}");
    private static final JiraRequest SAFE_WRITE = JiraRequest.post(
                    "/rest/api/2/issue/DM-1/remotelink", "{\"globalId\":\"agenda:action=1\"}")
            .safeToRepeat();
    private static final JiraRequest TRANSITION = JiraRequest.post("/rest/api/2/issue/DM-1/transitions", "{}");
    /** No patience for a request on its own; a minute for a run. */
    private static final RetryPolicy RUN_OF_A_MINUTE =
            new RetryPolicy(Duration.ofMillis(250), Duration.ofSeconds(30), Duration.ZERO, Duration.ofSeconds(60));

    private final ManualClock clock = new ManualClock(NOW);
    private final ScriptedTransport transport = new ScriptedTransport();

    private JiraExchange exchange(RetryPolicy policy, Pause pause, JiraTransport through) {
        return new JiraExchange(
                through, policy, pause, new SplittableRandom(7), new RateLimitWait(clock), new ObjectMapper());
    }

    private JiraExchange exchange(RetryPolicy policy) {
        return exchange(policy, clock, transport);
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
    public void readIsRetriedAfterRefusedConnectionsUntilItsPatienceIsUsedUp() {
        for (int i = 0; i < 30; i++) {
            transport.thenFail(JiraTransportException.Kind.CONNECTION_REFUSED);
        }

        Result<JiraResponse> result = exchange().send(READ, Subject.none());

        TrackerError error = result.failure().orElseThrow();
        assertEquals(TrackerError.Kind.UNAVAILABLE, error.kind());
        assertTrue(error.message(), error.message().contains("refused"));
        assertTrue(error.message(), error.message().contains("Jira kept failing for "));
        assertTrue(error.message(), error.message().contains("a request's patience of 2 s"));
        assertEquals(clock.pauses().size() + 1, transport.requests().size());
        assertTrue(clock.pauses().size() >= 2);
        assertTrue(total(clock.pauses()).compareTo(RetryPolicy.defaults().requestPatience()) <= 0);
    }

    @Test
    public void aCreateAnsweredWithAServerErrorIsNeverRepeated() {
        transport.thenAnswer(json(500, "")).thenAnswer(json(201, "{}"));

        Result<JiraResponse> result = exchange().forRun().send(WRITE, Subject.none());

        assertEquals(
                TrackerError.Kind.UNAVAILABLE, result.failure().orElseThrow().kind());
        assertEquals(1, transport.requests().size());
        assertTrue(clock.pauses().isEmpty());
    }

    @Test
    public void aCreateThatTimedOutIsNeverRepeated() {
        transport.thenFail(JiraTransportException.Kind.TIMEOUT).thenAnswer(json(201, "{}"));

        Result<JiraResponse> result = exchange().forRun().send(WRITE, Subject.none());

        assertEquals(
                TrackerError.Kind.UNAVAILABLE, result.failure().orElseThrow().kind());
        assertEquals(1, transport.requests().size());
    }

    @Test
    public void aWriteSafeToRepeatIsSentAgainAfterServerErrorsAndTimeouts() {
        transport
                .thenAnswer(json(503, ""))
                .thenFail(JiraTransportException.Kind.TIMEOUT)
                .thenAnswer(json(500, ""))
                .thenAnswer(json(201, "{}"));

        Result<JiraResponse> result = exchange().forRun().send(SAFE_WRITE, Subject.none());

        assertTrue(result.isOk());
        assertEquals(4, transport.requests().size());
        assertEquals(3, clock.pauses().size());
    }

    @Test
    public void aRateLimitIsNeverCountedAsAFailedTry() {
        transport.thenAnswer(json(503, ""));
        for (int i = 0; i < 6; i++) {
            transport.thenAnswer(withHeader(429, "Retry-After", "1", ""));
        }
        transport.thenAnswer(json(503, "")).thenAnswer(json(200, "{}"));

        Result<JiraResponse> result = exchange().forRun().send(READ, Subject.none());

        assertTrue("six rate limits did not use up the request: " + result, result.isOk());
        assertEquals(9, transport.requests().size());
        List<Duration> pauses = clock.pauses();
        assertEquals(8, pauses.size());
        assertBetween(pauses.get(0), 125, 250);
        assertEquals(
                List.of(Duration.ofSeconds(1)),
                pauses.subList(1, 7).stream().distinct().toList());
        assertBetween(pauses.get(7), 250, 500); // the second failure's backoff, not the eighth try's
    }

    @Test
    public void retryAfterSecondsIsHonouredExactlyEvenForCreates() {
        transport.thenAnswer(withHeader(429, "Retry-After", "7", "")).thenAnswer(json(201, "{}"));

        Result<JiraResponse> result = exchange().forRun().send(WRITE, Subject.none());

        assertTrue(result.isOk());
        assertEquals(List.of(Duration.ofSeconds(7)), clock.pauses());
    }

    @Test
    public void retryAfterAsHttpDateIsMeasuredFromTheClock() {
        transport
                .thenAnswer(withHeader(429, "Retry-After", "Sun, 29 Nov 2026 10:00:12 GMT", ""))
                .thenAnswer(json(200, "{}"));

        exchange().forRun().send(READ, Subject.none());

        assertEquals(List.of(Duration.ofSeconds(12)), clock.pauses());
    }

    @Test
    public void serviceUnavailableWithRateLimitResetWaitsUntilTheReset() {
        transport
                .thenAnswer(withHeader(503, "X-RateLimit-Reset", "2026-11-29T10:00:30Z", ""))
                .thenAnswer(json(200, "{}"));

        exchange().forRun().send(READ, Subject.none());

        assertEquals(List.of(Duration.ofSeconds(30)), clock.pauses());
    }

    @Test
    public void aRateLimitHoldsBackEveryOtherRequestOfTheClientUntilJiraSaidToComeBack() {
        JiraExchange exchange = exchange(RUN_OF_A_MINUTE);
        transport
                .thenAnswer(withHeader(429, "Retry-After", "7", ""))
                .thenAnswer(json(201, "{}"))
                .thenAnswer(json(200, "{}"));

        Result<JiraResponse> limited = exchange.send(READ, Subject.none());
        JiraExchange run = exchange.forRun();
        Result<JiraResponse> next = run.send(WRITE, Subject.none());
        Result<JiraResponse> later = run.send(READ, Subject.none());

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
    public void aRateLimitLongerThanThePatienceLeftStillHoldsBackEveryRequestWhichIsReportedUnsent() {
        transport.thenAnswer(withHeader(429, "Retry-After", "600", "")).thenAnswer(json(200, "{}"));
        JiraExchange run = exchange().forRun();

        Result<JiraResponse> first = run.send(READ, Subject.none());
        Result<JiraResponse> next = run.send(READ, Subject.none());

        TrackerError error = next.failure().orElseThrow();
        assertEquals(
                TrackerError.Kind.RATE_LIMITED, first.failure().orElseThrow().kind());
        assertEquals(TrackerError.Kind.RATE_LIMITED, error.kind());
        assertTrue(error.message(), error.message().contains("the run's patience of 3 min"));
        assertEquals(
                "the second request was never sent", 1, transport.requests().size());
        assertTrue(clock.pauses().isEmpty());
    }

    @Test
    public void aWaitLongerThanThePatienceLeftIsReportedNotWaited() {
        transport.thenAnswer(withHeader(429, "Retry-After", "600", "{\"errorMessages\":[\"Rate limit exceeded.\"]}"));

        Result<JiraResponse> result = exchange().forRun().send(READ, Subject.none());

        TrackerError error = result.failure().orElseThrow();
        assertEquals(TrackerError.Kind.RATE_LIMITED, error.kind());
        assertEquals(Duration.ofSeconds(600), error.retryAfter().orElseThrow());
        assertTrue(error.message(), error.message().contains("longer than the time left of the run's patience"));
        assertTrue(error.isTransient());
        assertTrue(clock.pauses().isEmpty());
        assertEquals(1, transport.requests().size());
    }

    @Test
    public void aRunGivesUpWhenItsPatienceIsUsedUpAndSaysHowLongJiraKeptFailing() {
        transport.route("GET", "/rest/api/2/myself", request -> json(503, ""));

        Result<JiraResponse> result = exchange(RUN_OF_A_MINUTE).forRun().send(READ, Subject.none());

        TrackerError error = result.failure().orElseThrow();
        assertEquals(TrackerError.Kind.UNAVAILABLE, error.kind());
        assertTrue(
                error.message(),
                error.message()
                        .matches(".*Jira kept failing for \\d+ s \\(\\d+ tries\\); waiting to try again would have gone"
                                + " past the run's patience of 60 s\\."));
        assertEquals(clock.pauses().size() + 1, transport.requests().size());
        assertTrue(total(clock.pauses()).compareTo(Duration.ofSeconds(60)) <= 0);
        assertTrue(
                "backoff is capped at 30 s: " + clock.pauses(),
                clock.pauses().stream().allMatch(wait -> wait.compareTo(Duration.ofSeconds(30)) <= 0));
    }

    @Test
    public void aRunsPatienceIsCountedFromTheRunsStartNotFromEachRequests() {
        transport.route("GET", "/rest/api/2/myself", request -> json(503, ""));
        JiraExchange run = exchange(RUN_OF_A_MINUTE).forRun();
        clock.advance(Duration.ofSeconds(60).minusMillis(100)); // the run's other requests took this long

        Result<JiraResponse> late = run.send(READ, Subject.none());
        Result<JiraResponse> onItsOwn = exchange(RetryPolicy.defaults()).send(READ, Subject.none());

        assertEquals(
                "the run's request was tried once; the request on its own had its own patience",
                1 + 1 + (clock.pauses().size()),
                transport.requests().size());
        assertTrue(clock.pauses().size() >= 2);
        assertTrue(
                late.failure().orElseThrow().message(),
                late.failure().orElseThrow().message().contains("No time was left to try again"));
        assertTrue(onItsOwn.failure().orElseThrow().message().contains("Jira kept failing for"));
    }

    @Test
    public void aThreadComingOutOfItsBackoffWaitsOutARateLimitThatBeganMeanwhile() {
        List<Instant> sentAt = new ArrayList<>();
        JiraTransport timed = new JiraTransport() {
            @Override
            public JiraResponse execute(JiraRequest request) throws JiraTransportException {
                sentAt.add(clock.instant());
                return transport.execute(request);
            }

            @Override
            public String describe() {
                return transport.describe();
            }
        };
        transport
                .thenAnswer(json(503, ""))
                .thenAnswer(withHeader(429, "Retry-After", "7", ""))
                .thenAnswer(json(200, "{}"));
        AtomicInteger pauses = new AtomicInteger();
        JiraExchange[] other = new JiraExchange[1];
        // While the first request backs off, another request of the same client (a run without patience of its own,
        // so it reports the 429 instead of waiting) is rate-limited for 7 s.
        Pause pause = wait -> {
            if (pauses.getAndIncrement() == 0) {
                other[0].send(READ, Subject.none());
            }
            clock.pause(wait);
        };
        JiraExchange exchange = exchange(
                new RetryPolicy(Duration.ofMillis(250), Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ZERO),
                pause,
                timed);
        other[0] = exchange.forRun();

        Result<JiraResponse> result = exchange.send(READ, Subject.none());

        assertTrue(result.isOk());
        assertEquals(3, sentAt.size());
        Instant limitedAt = sentAt.get(1);
        assertFalse(
                "sent again at " + sentAt.get(2) + ", before the 7 s asked at " + limitedAt + " had passed",
                sentAt.get(2).isBefore(limitedAt.plusSeconds(7)));
    }

    @Test
    public void aWriteThatMustNotRunTwiceIsSentAgainOnlyAfterJiraShowsItWasNotApplied() {
        transport.thenAnswer(json(503, "")).thenAnswer(json(204, ""));
        AtomicInteger asked = new AtomicInteger();

        Result<JiraResponse> result = exchange().forRun().sendChecked(TRANSITION, Subject.none(), () -> {
            asked.incrementAndGet();
            return Result.ok(false);
        });

        assertTrue(result.isOk());
        assertEquals(1, asked.get());
        assertEquals(2, transport.requests().size());
    }

    @Test
    public void aWriteJiraShowsAppliedDespiteAFailedAnswerIsDoneWithoutSendingItAgain() {
        transport.thenFail(JiraTransportException.Kind.TIMEOUT);

        Result<JiraResponse> result =
                exchange().forRun().sendChecked(TRANSITION, Subject.none(), () -> Result.ok(true));

        assertTrue(result.isOk());
        assertEquals(1, transport.requests().size());
    }

    @Test
    public void aWriteIsNotSentAgainWhenJiraCannotSayWhetherItWasApplied() {
        transport.thenAnswer(json(500, "")).thenAnswer(json(204, ""));

        Result<JiraResponse> result = exchange()
                .forRun()
                .sendChecked(
                        TRANSITION,
                        Subject.none(),
                        () -> Result.failed(TrackerError.of(TrackerError.Kind.UNAVAILABLE, "down")));

        assertEquals(
                TrackerError.Kind.UNAVAILABLE, result.failure().orElseThrow().kind());
        assertEquals(1, transport.requests().size());
    }

    @Test
    public void noRetryPolicyMakesExactlyOneAttempt() {
        transport.thenAnswer(json(503, "")).thenAnswer(json(200, "{}"));

        Result<JiraResponse> result = exchange(RetryPolicy.none()).forRun().send(READ, Subject.none());

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

    private static Duration total(List<Duration> waits) {
        return waits.stream().reduce(Duration.ZERO, Duration::plus);
    }

    private static void assertBetween(Duration actual, long minMillis, long maxMillis) {
        assertTrue(
                actual + " not in [" + minMillis + ", " + maxMillis + "] ms",
                actual.toMillis() >= minMillis && actual.toMillis() <= maxMillis);
    }
}

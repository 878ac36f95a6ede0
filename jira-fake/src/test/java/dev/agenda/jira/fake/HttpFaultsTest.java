package dev.agenda.jira.fake;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.tracker.ServerInfo;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.Test;

/** Injected faults over HTTP — 429 with Retry-After, a seeded error rate, latency on a scheduler — and counting. */
public class HttpFaultsTest extends HttpFakeTest {

    /** A scheduler that holds each delayed answer until the test releases it, recording the delay asked for. */
    private static final class HeldScheduler extends ScheduledThreadPoolExecutor {
        final LinkedBlockingQueue<Runnable> held = new LinkedBlockingQueue<>();
        final List<Duration> delays = new CopyOnWriteArrayList<>();

        HeldScheduler() {
            super(1);
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            delays.add(Duration.ofNanos(unit.toNanos(delay)));
            held.add(command);
            return super.schedule(() -> {}, 0, TimeUnit.NANOSECONDS);
        }
    }

    @Test
    public void aStrugglingJiraAnswersAThirdUnavailableRateLimitsBurstsAndRecordsEachArrivalInOrder() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            start(
                    ServerInfo.Deployment.DATA_CENTER,
                    FaultPlan.struggling(new SplittableRandom(14), Duration.ofSeconds(2)));
            for (int i = 0; i < 300; i++) {
                call("GET", "/myself", null);
            }
            List<Arrival> arrivals = server.arrivals();
            List<Integer> these = arrivals.stream().map(Arrival::status).toList();
            if (run == 0) {
                statuses.addAll(these);
            } else {
                assertEquals("the same seed fails the same requests", statuses, these);
            }
            assertEquals(300, arrivals.size());
            for (int i = 0; i < arrivals.size(); i++) {
                assertEquals(i + 1, arrivals.get(i).sequence());
                assertEquals("GET /rest/api/2/myself", arrivals.get(i).request());
                assertFalse(arrivals.get(i)
                        .at()
                        .isBefore(
                                i == 0
                                        ? arrivals.get(0).at()
                                        : arrivals.get(i - 1).at()));
            }
            stop();
        }
        long unavailable = statuses.stream().filter(status -> status == 503).count();
        assertTrue(unavailable + " of 300 answered 503", unavailable > 70 && unavailable < 120);
        String runs = statuses.stream().map(status -> status == 429 ? "L" : ".").reduce("", String::concat);
        assertTrue("bursts of three 429s: " + runs, runs.contains(".LLL."));
        assertFalse("never a burst cut short: " + runs, runs.matches("(?s).*\\.LL?\\..*"));
    }

    @Test
    public void rateLimitingAnswers429WithRetryAfterThenRecovers() throws Exception {
        start(
                ServerInfo.Deployment.DATA_CENTER,
                new FaultPlan(new SplittableRandom(1)).rateLimitNext(2, Duration.ofSeconds(7)));

        HttpResponse<String> first = call("GET", "/myself", null);
        HttpResponse<String> second = call("POST", "/issue", "{}");
        HttpResponse<String> third = call("GET", "/myself", null);

        assertEquals(429, first.statusCode());
        assertEquals("7", first.headers().firstValue("Retry-After").orElseThrow());
        assertEquals(429, second.statusCode());
        assertEquals("the refused create changed nothing", 3, world.issueCount());
        assertEquals(200, third.statusCode());
        assertEquals(2, server.requestCount("GET /rest/api/2/myself"));
        assertEquals(1, server.requestCount("POST /rest/api/2/issue"));
    }

    @Test
    public void theErrorRateFailsTheSameRequestsForTheSameSeed() throws Exception {
        List<Integer> firstRun = statuses(42);
        List<Integer> secondRun = statuses(42);
        List<Integer> otherSeed = statuses(7);

        assertEquals(firstRun, secondRun);
        assertNotEquals(firstRun, otherSeed);
        assertTrue(firstRun.toString(), firstRun.contains(200));
        assertTrue(firstRun.toString(), firstRun.contains(500) || firstRun.contains(503));
        assertTrue(firstRun.stream().allMatch(status -> status == 200 || status == 500 || status == 503));
    }

    private List<Integer> statuses(long seed) throws Exception {
        start(ServerInfo.Deployment.DATA_CENTER, new FaultPlan(new SplittableRandom(seed)).errorRate(0.5));
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            statuses.add(call("GET", "/project/DM", null).statusCode());
        }
        return statuses;
    }

    @Test
    public void latencyHoldsTheAnswerOnTheSchedulerUntilItRuns() throws Exception {
        HeldScheduler scheduler = new HeldScheduler();
        try {
            server = FakeJiraHttpServer.builder(world, ServerInfo.Deployment.DATA_CENTER)
                    .faults(new FaultPlan(new SplittableRandom(1)).latency(Duration.ofMillis(250)))
                    .scheduler(scheduler)
                    .start()
                    .registerToken("womullane", TOKEN);

            CompletableFuture<HttpResponse<String>> answer = http.sendAsync(
                    request("GET", "/rest/api/2/myself", null, authorization()).build(),
                    HttpResponse.BodyHandlers.ofString());
            Runnable delayed = scheduler.held.poll(10, TimeUnit.SECONDS);

            assertEquals(List.of(Duration.ofMillis(250)), scheduler.delays);
            assertFalse("answered before the scheduler ran the delayed send", answer.isDone());
            delayed.run();
            assertEquals(200, answer.get(10, TimeUnit.SECONDS).statusCode());
            assertEquals("womullane", read(answer.get()).path("name").asText());
        } finally {
            stop();
            scheduler.shutdownNow();
        }
    }

    @Test
    public void requestsAreCountedByRouteTemplate() throws Exception {
        start(ServerInfo.Deployment.CLOUD);

        call("GET", "/issue/RFC-188", null);
        call("GET", "/issue/DM-12813?fields=summary", null);
        call("GET", "/issue/RFC-188/transitions", null);
        call("POST", "/search/jql", "{\"jql\":\"project = DM\"}");
        send("GET", "/rest/api/2/serverInfo", null, null);
        send("GET", "/rest/api/3/myself", null, null);

        assertEquals(6, server.requestCount());
        assertEquals(2, server.requestCount("GET /rest/api/3/issue/{key}"));
        assertEquals(3, server.requestsMatching("GET /rest/api/3/issue/.*"));
        assertEquals(
                Map.of(
                        "GET /rest/api/2/serverInfo",
                        1,
                        "GET /rest/api/3/issue/{key}",
                        2,
                        "GET /rest/api/3/issue/{key}/transitions",
                        1,
                        "GET /rest/api/3/myself",
                        1,
                        "POST /rest/api/3/search/jql",
                        1),
                server.requestCounts());
        server.resetCounts();
        assertEquals(0, server.requestCount());
    }
}

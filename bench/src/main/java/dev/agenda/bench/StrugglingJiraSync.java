package dev.agenda.bench;

import dev.agenda.core.page.MeetingPage;
import dev.agenda.core.storage.StorageFormatException;
import dev.agenda.core.storage.StorageFormatParser;
import dev.agenda.core.sync.InMemorySyncStateStore;
import dev.agenda.core.sync.InProcessLock;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.jira.JiraClientSettings;
import dev.agenda.jira.JiraConnector;
import dev.agenda.jira.fake.Arrival;
import dev.agenda.jira.fake.FakeJiraHttpServer;
import dev.agenda.jira.fake.FakeJiraWorld;
import dev.agenda.jira.fake.FaultPlan;
import dev.agenda.jira.transport.JdkHttpTransport;
import dev.agenda.jira.transport.JiraCredentials;
import dev.agenda.jira.transport.JiraTransport;
import dev.agenda.sync.ActionSync;
import dev.agenda.sync.SyncProgress;
import dev.agenda.sync.SyncReport;
import dev.agenda.sync.SyncSettings;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Issue 14's measure: the reference page synced as {@code bin/agenda sync} syncs it — one run of the client from the
 * {@code serverInfo} question on, default patience and backoff, the real clock and real waits — against the fake Jira
 * over HTTP answering every request after {@link BenchJira#LATENCY} and failing as {@link FaultPlan#struggling} says
 * (a third 503, bursts of three 429s with {@code Retry-After: 1}). For each seed it syncs until the page is in sync
 * (at most {@value #MAX_RUNS} runs) and prints a Markdown row: runs, requests, 503s, 429s, issues, wall time.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar dev.agenda.bench.StrugglingJiraSync [SEED...]} (default 1 to
 * 5); seed 0 is the same Jira without faults, for comparison.
 */
public final class StrugglingJiraSync {

    private static final int MAX_RUNS = 5;
    private static final String TOKEN = "bench-personal-access-token";

    private StrugglingJiraSync() {}

    public static void main(String[] args) throws StorageFormatException {
        List<Long> seeds = new ArrayList<>();
        for (String arg : args) {
            seeds.add(Long.parseLong(arg));
        }
        if (seeds.isEmpty()) {
            seeds.addAll(List.of(1L, 2L, 3L, 4L, 5L));
        }
        MeetingPage page = Examples.reader()
                .readPage("dmlt-f2f-2017-11", new StorageFormatParser().parse(Examples.referencePage()));
        MarkdownTable table = new MarkdownTable("seed", "runs", "requests", "503", "429", "issues", "wall", "last run");
        for (long seed : seeds) {
            Clock jiraClock = Clock.fixed(Instant.parse("2017-12-04T17:00:00Z"), ZoneOffset.UTC);
            try (FakeJiraHttpServer server = FakeJiraHttpServer.builder(
                            FakeJiraWorld.seeded(jiraClock), ServerInfo.Deployment.DATA_CENTER)
                    .faults((seed == 0
                                    ? FaultPlan.none()
                                    : FaultPlan.struggling(new SplittableRandom(seed), Duration.ofSeconds(1)))
                            .latency(BenchJira.LATENCY))
                    .start()
                    .registerToken(BenchJira.USER, TOKEN)) {
                JiraTransport transport =
                        new JdkHttpTransport(URI.create(server.baseUrl()), JiraCredentials.personalAccessToken(TOKEN));
                InMemorySyncStateStore store = new InMemorySyncStateStore();
                int runs = 0;
                String last = "";
                boolean inSync = false;
                long start = System.nanoTime();
                while (!inSync && runs < MAX_RUNS) {
                    runs++;
                    Result<JiraConnector.Connection> connection =
                            JiraConnector.startRun(transport, JiraClientSettings.defaults());
                    if (connection instanceof Result.Failed<JiraConnector.Connection> failed) {
                        last = "did not connect: " + failed.error().message();
                        continue;
                    }
                    SyncReport report = new ActionSync(
                                    connection.value().tracker(), store, new InProcessLock(), Clock.systemUTC())
                            .sync(page, settings(), false, SyncProgress.none());
                    inSync = report.inSync();
                    last = report.abort().orElse(report.summaryLine());
                }
                Duration wall = Duration.ofNanos(System.nanoTime() - start);
                List<Arrival> arrivals = server.arrivals();
                table.row(
                        seed,
                        runs + (inSync ? "" : " (not in sync)"),
                        arrivals.size(),
                        arrivals.stream()
                                .filter(arrival -> arrival.status() == 503)
                                .count(),
                        arrivals.stream()
                                .filter(arrival -> arrival.status() == 429)
                                .count(),
                        server.world().issueCount(),
                        String.format(java.util.Locale.ROOT, "%.1f s", wall.toMillis() / 1000.0),
                        last);
            }
        }
        System.out.println(table);
    }

    private static SyncSettings settings() {
        return new SyncSettings(
                Optional.empty(),
                "DMLT F2F 2017-11",
                "https://confluence.example.org/x/dmlt",
                Duration.ofSeconds(30),
                SyncSettings.DEFAULT_PARALLELISM);
    }
}

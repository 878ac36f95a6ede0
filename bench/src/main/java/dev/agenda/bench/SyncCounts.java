package dev.agenda.bench;

import dev.agenda.core.page.MeetingPage;
import dev.agenda.core.storage.StorageFormatException;
import dev.agenda.core.storage.StorageFormatParser;
import dev.agenda.core.sync.InMemorySyncStateStore;
import dev.agenda.core.sync.InProcessLock;
import dev.agenda.sync.ActionOutcome;
import dev.agenda.sync.ActionSync;
import dev.agenda.sync.SyncProgress;
import dev.agenda.sync.SyncReport;
import dev.agenda.sync.SyncSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Prints, for a page of N new actions ({@link TaskPage}), the HTTP requests by route and the wall time of syncing it to
 * the fake Jira over HTTP (50 ms latency by default) three ways: the app's {@link ActionSync} (its default parallelism,
 * as the app and the plugin use), the same sync run again when there is nothing to do, and the sequential
 * {@link NaiveSync} baseline. Each approach gets a fresh fake Jira; a small sync runs first, unmeasured, to warm the
 * JVM. Every run must end in sync (the naive one without failures). The output is a Markdown table for
 * {@code docs/PERFORMANCE.md}.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.agenda.bench.SyncCounts [N ...] [--latency-ms=MS]}; N defaults to 10,
 * 100 and 1000. Exits with status 1 if any run did not do what it should.
 */
public final class SyncCounts {

    private static final List<Integer> DEFAULT_SIZES = List.of(10, 100, 1000);
    private static final String PAGE_URL = "https://confluence.example.org/x/sync-bench";
    /** Follow-ups in flight: the app's default, or {@code -Dagenda.parallelism=P}. */
    private static final int PARALLELISM = Integer.getInteger("agenda.parallelism", SyncSettings.DEFAULT_PARALLELISM);
    /** {@code -Dagenda.naive=false} leaves out the naive baseline (minutes at N = 1000). */
    private static final boolean NAIVE = Boolean.parseBoolean(System.getProperty("agenda.naive", "true"));

    private SyncCounts() {}

    public static void main(String[] args) throws StorageFormatException {
        HarnessArgs options = HarnessArgs.parse(args, DEFAULT_SIZES);
        System.out.printf(
                "Syncing N new actions to the fake Jira over HTTP, %d ms latency per request, %d follow-ups"
                        + " in flight%n%n",
                options.latency().toMillis(), PARALLELISM);
        long start = System.nanoTime();
        warmUp(options.latency());
        MarkdownTable table = new MarkdownTable(
                ">actions",
                "approach",
                ">HTTP requests",
                ">wall time (ms)",
                ">ms per action",
                "result",
                "requests by route");
        boolean allGood = true;
        for (int n : options.sizes()) {
            MeetingPage page = page(n);
            try (BenchJira jira = BenchJira.start(options.latency())) {
                ActionSync sync = actionSync(jira);
                MeasuredRun<SyncReport> first = MeasuredRun.of(jira, () -> run(sync, page));
                MeasuredRun<SyncReport> again = MeasuredRun.of(jira, () -> run(sync, page));
                allGood &= first.outcome().inSync()
                        && again.outcome().inSync()
                        && first.outcome().count(ActionOutcome.Step.CREATED) == n;
                row(table, n, "ActionSync, first run", first, first.outcome().summaryLine());
                row(
                        table,
                        n,
                        "ActionSync, run again (nothing to do)",
                        again,
                        again.outcome().summaryLine());
            }
            if (!NAIVE) {
                continue;
            }
            try (BenchJira jira = BenchJira.start(options.latency())) {
                MeasuredRun<NaiveSync.Outcome> naive =
                        MeasuredRun.of(jira, () -> new NaiveSync(jira.tracker(), PAGE_URL).run(page, TaskPage.PROJECT));
                allGood &= naive.outcome().failed() == 0 && naive.outcome().created() == n;
                row(
                        table,
                        n,
                        "naive: per action, sequential",
                        naive,
                        naive.outcome().toString());
            }
        }
        System.out.print(table);
        System.out.printf(
                "%nTotal %.1f s.%s%n",
                (System.nanoTime() - start) / 1e9,
                allGood ? "" : " SOME RUNS FAILED: the numbers above are not valid.");
        if (!allGood) {
            System.exit(1);
        }
    }

    /** The task page of N actions, read as the app reads it; its page id names N. */
    static MeetingPage page(int n) throws StorageFormatException {
        return Examples.reader().readPage("sync-bench-" + n, new StorageFormatParser().parse(TaskPage.generate(n)));
    }

    private static ActionSync actionSync(BenchJira jira) {
        return new ActionSync(jira.tracker(), new InMemorySyncStateStore(), new InProcessLock(), Clock.systemUTC());
    }

    private static SyncReport run(ActionSync sync, MeetingPage page) {
        return sync.sync(
                page,
                new SyncSettings(Optional.empty(), "Sync benchmark", PAGE_URL, Duration.ofSeconds(30), PARALLELISM),
                false,
                SyncProgress.none());
    }

    private static void warmUp(Duration latency) throws StorageFormatException {
        MeetingPage page = page(10);
        try (BenchJira jira = BenchJira.start(latency)) {
            run(actionSync(jira), page);
        }
        try (BenchJira jira = BenchJira.start(latency)) {
            new NaiveSync(jira.tracker(), PAGE_URL).run(page, TaskPage.PROJECT);
        }
    }

    private static void row(MarkdownTable table, int n, String approach, MeasuredRun<?> run, String result) {
        table.row(
                n,
                approach,
                run.requests(),
                run.millis(),
                String.format("%.1f", run.wall().toNanos() / 1e6 / n),
                result,
                run.routes());
    }
}

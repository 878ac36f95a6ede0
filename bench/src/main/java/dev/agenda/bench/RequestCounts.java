package dev.agenda.bench;

import dev.agenda.core.tracker.Issue;
import dev.agenda.core.tracker.IssueTracker;
import dev.agenda.core.tracker.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prints, for N issue keys, the HTTP requests and wall time of reading their statuses from Jira two ways: batched
 * ({@link IssueTracker#issuesByKey}, what the app does — JQL searches of up to 100 keys) and naive (one
 * {@link IssueTracker#issue} per key, in sequence — what a page of single-issue Jira macros costs). Each N gets a fresh
 * fake Jira over HTTP with N issues and the configured latency (50 ms by default); both approaches are run once after
 * a short warm-up, and every key must come back as an issue. The output is a Markdown table for
 * {@code docs/PERFORMANCE.md}.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.agenda.bench.RequestCounts [N ...] [--latency-ms=MS]}; N defaults to
 * 10, 100, 1000 and 5000. Exits with status 1 if any key failed.
 */
public final class RequestCounts {

    private static final List<Integer> DEFAULT_SIZES = List.of(10, 100, 1000, 5000);
    private static final int WARM_UP_KEYS = 10;

    private RequestCounts() {}

    public static void main(String[] args) {
        HarnessArgs options = HarnessArgs.parse(args, DEFAULT_SIZES);
        System.out.printf(
                "Issue statuses from the fake Jira over HTTP, %d ms latency per request%n%n",
                options.latency().toMillis());
        MarkdownTable table = new MarkdownTable(
                ">keys", "approach", ">HTTP requests", ">wall time (ms)", ">ms per key", "requests by route");
        long start = System.nanoTime();
        boolean allFound = true;
        for (int n : options.sizes()) {
            try (BenchJira jira = BenchJira.start(options.latency())) {
                List<String> keys = jira.createIssues(n);
                warmUp(jira.tracker(), keys.subList(0, Math.min(WARM_UP_KEYS, n)));
                MeasuredRun<Integer> batched =
                        MeasuredRun.of(jira, () -> found(jira.tracker().issuesByKey(keys, List.of())));
                MeasuredRun<Integer> naive = MeasuredRun.of(jira, () -> naive(jira.tracker(), keys));
                allFound &= batched.outcome() == n && naive.outcome() == n;
                row(table, n, "batched: issuesByKey", batched);
                row(table, n, "naive: issue(key) per key", naive);
            }
        }
        System.out.print(table);
        System.out.printf(
                "%nTotal %.1f s.%s%n",
                (System.nanoTime() - start) / 1e9,
                allFound ? "" : " SOME KEYS WERE NOT FOUND: the numbers above are not valid.");
        if (!allFound) {
            System.exit(1);
        }
    }

    /** Reads every key one request at a time; answers how many were found. */
    static int naive(IssueTracker tracker, List<String> keys) {
        int found = 0;
        for (String key : keys) {
            if (tracker.issue(key, List.of()).isOk()) {
                found++;
            }
        }
        return found;
    }

    static int found(Map<String, Result<Issue>> answers) {
        return (int) answers.values().stream().filter(Result::isOk).count();
    }

    private static void warmUp(IssueTracker tracker, List<String> keys) {
        tracker.issuesByKey(new ArrayList<>(keys), List.of());
        naive(tracker, keys);
    }

    private static void row(MarkdownTable table, int n, String approach, MeasuredRun<Integer> run) {
        table.row(
                n,
                approach,
                run.requests(),
                run.millis(),
                String.format("%.2f", run.wall().toNanos() / 1e6 / n),
                run.routes());
    }
}

package dev.agenda.bench;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.page.MeetingPage;
import java.time.Duration;
import java.util.List;
import org.junit.Test;

public class HarnessTest {

    @Test
    public void sizesComeFromArgumentsOrDefaults() {
        assertEquals(
                List.of(10, 100, 1000),
                HarnessArgs.parse(new String[] {"10", "100,1000"}, List.of(5)).sizes());
        HarnessArgs defaults = HarnessArgs.parse(new String[] {"--latency-ms=5"}, List.of(5));
        assertEquals(List.of(5), defaults.sizes());
        assertEquals(Duration.ofMillis(5), defaults.latency());
        assertEquals(
                BenchJira.LATENCY, HarnessArgs.parse(new String[0], List.of(5)).latency());
    }

    @Test(expected = IllegalArgumentException.class)
    public void anythingElseIsRefused() {
        HarnessArgs.parse(new String[] {"--fast"}, List.of(5));
    }

    @Test
    public void tablesAreMarkdown() {
        String table = new MarkdownTable(">n", "what").row(1, "a|b").toString();
        assertEquals("| n | what |\n| ---: | --- |\n| 1 | a\\|b |\n", table);
    }

    /** Both status approaches find every key and are counted, against a fake Jira without latency. */
    @Test
    public void statusRunsAreCountedByRoute() {
        try (BenchJira jira = BenchJira.start(Duration.ZERO)) {
            List<String> keys = jira.createIssues(150);

            MeasuredRun<Integer> batched = MeasuredRun.of(
                    jira, () -> RequestCounts.found(jira.tracker().issuesByKey(keys, List.of())));
            MeasuredRun<Integer> naive = MeasuredRun.of(jira, () -> RequestCounts.naive(jira.tracker(), keys));

            assertEquals(Integer.valueOf(150), batched.outcome());
            assertEquals(Integer.valueOf(150), naive.outcome());
            assertEquals(batched.routes(), 2, batched.requests());
            assertEquals(naive.routes(), 150, naive.requests());
            assertTrue(naive.routes(), naive.routes().startsWith("GET /rest/api/2/issue/{key} ×150"));
        }
    }

    /** The naive baseline creates, links and transitions every action, against a fake Jira without latency. */
    @Test
    public void theNaiveSyncDoesTheWholeJob() throws Exception {
        MeetingPage page = SyncCounts.page(9);
        try (BenchJira jira = BenchJira.start(Duration.ZERO)) {
            MeasuredRun<NaiveSync.Outcome> run =
                    MeasuredRun.of(jira, () -> new NaiveSync(jira.tracker(), "https://example.org/x").run(page, "DM"));

            assertEquals("created 9, transitioned 6, failed 0", run.outcome().toString());
            assertEquals(run.routes(), 9 + 9 + 6 + 6 + TaskPage.ASSIGNEES.size(), run.requests());
        }
    }
}

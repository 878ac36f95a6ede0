package dev.agenda.sync;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.issues.JiraProjects;
import dev.agenda.core.page.MeetingPage;
import dev.agenda.core.page.MeetingPageReader;
import dev.agenda.core.storage.StorageFormatParser;
import dev.agenda.core.sync.InMemorySyncStateStore;
import dev.agenda.core.sync.InProcessLock;
import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.jira.JiraClientSettings;
import dev.agenda.jira.JiraRestIssueTracker;
import dev.agenda.jira.ScheduledPause;
import dev.agenda.jira.fake.FakeJiraHttpServer;
import dev.agenda.jira.fake.FakeJiraWorld;
import dev.agenda.jira.fake.FaultPlan;
import dev.agenda.jira.http.RetryPolicy;
import dev.agenda.jira.transport.JdkHttpTransport;
import dev.agenda.jira.transport.JiraCredentials;
import dev.agenda.jira.wire.DataCenterDialect;
import dev.agenda.testing.ReferencePage;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * What a sync of many new actions costs in requests, counted at the fake Jira over HTTP with latency, follow-ups in
 * parallel: creates in bulk (50 per request), look-ups in searches (100 keys each), one request per remote link and one
 * per transition (the transitions on offer are asked once per project and status).
 */
public class SyncRequestBudgetTest {

    private static final int ACTIONS = 120;
    private static final int TICKED = 40;

    private FakeJiraHttpServer fake;
    private ActionSync sync;

    @Before
    public void start() {
        Clock clock = Clock.fixed(Instant.parse("2017-12-04T17:00:00Z"), ZoneOffset.UTC);
        fake = FakeJiraHttpServer.start(
                        FakeJiraWorld.seeded(clock),
                        ServerInfo.Deployment.DATA_CENTER,
                        FaultPlan.none().latency(Duration.ofMillis(5)))
                .registerToken("womullane", "pat");
        JiraRestIssueTracker jira = new JiraRestIssueTracker(
                new JdkHttpTransport(URI.create(fake.baseUrl()), JiraCredentials.personalAccessToken("pat")),
                new DataCenterDialect(),
                new JiraClientSettings(
                        RetryPolicy.defaults(), Clock.systemUTC(), new ScheduledPause(), new SplittableRandom(3)));
        sync = new ActionSync(jira, new InMemorySyncStateStore(), new InProcessLock(), Clock.systemUTC());
    }

    @After
    public void stop() {
        fake.close();
    }

    @Test
    public void aHundredAndTwentyNewActionsCostBatchesPlusOneRequestPerLinkAndPerTransition() throws Exception {
        SyncReport report = sync.sync(
                page(),
                new SyncSettings(
                        Optional.of("DM"),
                        "Big meeting",
                        "https://confluence.example.org/x/big",
                        Duration.ofSeconds(5),
                        8),
                false,
                SyncProgress.none());

        assertTrue(report.summaryLine(), report.inSync());
        assertEquals(ACTIONS, report.count(ActionOutcome.Step.CREATED));
        assertEquals(TICKED, report.count(ActionOutcome.Step.TRANSITIONED));
        Map<String, Integer> requests = fake.requestCounts();
        assertEquals(requests.toString(), 3, count(requests, "POST /rest/api/2/issue/bulk"));
        assertEquals(requests.toString(), ACTIONS, count(requests, "POST /rest/api/2/issue/[^/]+/remotelink"));
        assertEquals(requests.toString(), TICKED, count(requests, "POST /rest/api/2/issue/[^/]+/transitions"));
        assertEquals(
                "the transitions on offer asked once", 1, count(requests, "GET /rest/api/2/issue/[^/]+/transitions"));
        assertTrue(requests.toString(), count(requests, ".+ /rest/api/2/search") <= 2 * (ACTIONS + 99) / 100 + 1);
        assertEquals(ACTIONS + 3, fake.world().issueCount());
    }

    private static int count(Map<String, Integer> requests, String routePattern) {
        return requests.entrySet().stream()
                .filter(entry -> entry.getKey().matches(routePattern))
                .mapToInt(Map.Entry::getValue)
                .sum();
    }

    private static MeetingPage page() throws Exception {
        StringBuilder rows = new StringBuilder("<tr><th>Time</th><th>Topic</th><th>Notes</th></tr>");
        for (int i = 1; i <= ACTIONS; i++) {
            rows.append("<tr><td>")
                    .append(String.format("%02d:%02d", 8 + i / 60, i % 60))
                    .append("</td><td>Item ")
                    .append(i)
                    .append("</td><td><ac:task-list><ac:task><ac:task-id>")
                    .append(i)
                    .append("</ac:task-id><ac:task-status>")
                    .append(i % 3 == 0 ? "complete" : "incomplete")
                    .append("</ac:task-status><ac:task-body><ac:link><ri:user ri:username=\"womullane\" /></ac:link>"
                            + ": follow up on item ")
                    .append(i)
                    .append("</ac:task-body></ac:task></ac:task-list>" + "</td></tr>");
        }
        String storage = "<ac:structured-macro ac:name=\"agenda\"><ac:parameter ac:name=\"date\">2017-11-02"
                + "</ac:parameter><ac:parameter ac:name=\"project\">DM</ac:parameter><ac:rich-text-body><table>"
                + "<tbody>" + rows + "</tbody></table></ac:rich-text-body></ac:structured-macro>";
        return new MeetingPageReader(ReferencePage.users(), JiraProjects.none(), ZoneId.of("UTC"))
                .readPage("big", new StorageFormatParser().parse(storage));
    }
}

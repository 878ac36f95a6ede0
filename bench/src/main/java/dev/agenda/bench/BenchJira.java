package dev.agenda.bench;

import dev.agenda.core.tracker.CreatedIssue;
import dev.agenda.core.tracker.Description;
import dev.agenda.core.tracker.IssueTracker;
import dev.agenda.core.tracker.NewIssue;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.jira.JiraClientSettings;
import dev.agenda.jira.JiraRestIssueTracker;
import dev.agenda.jira.fake.FakeJira;
import dev.agenda.jira.fake.FakeJiraHttpServer;
import dev.agenda.jira.fake.FakeJiraWorld;
import dev.agenda.jira.fake.FaultPlan;
import dev.agenda.jira.transport.JdkHttpTransport;
import dev.agenda.jira.transport.JiraCredentials;
import dev.agenda.jira.wire.DataCenterDialect;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A fresh seeded fake Jira (Data Center dialect) served over HTTP on loopback with a fixed latency on every answer,
 * and the app's real REST client ({@link JiraRestIssueTracker} over {@link JdkHttpTransport}) signed in to it as
 * {@value #USER} with a personal access token — the same wiring as the sync module's HTTP tests. Issues can be added
 * without HTTP ({@link #createIssues}), so setting up thousands of them costs no requests and no latency.
 *
 * <p>Thread-safe as its parts are. {@link #close()} stops the server.
 */
public final class BenchJira implements AutoCloseable {

    /** The latency of the benchmarks' Jira: a nearby Data Center over a LAN or VPN. */
    public static final Duration LATENCY = Duration.ofMillis(50);
    /** The user every request acts as. */
    public static final String USER = "womullane";
    /** The project the benchmarks' issues live in. */
    public static final String PROJECT = "DM";

    private static final String TOKEN = "bench-personal-access-token";

    private final FakeJiraHttpServer server;
    private final JiraRestIssueTracker tracker;

    private BenchJira(FakeJiraHttpServer server) {
        this.server = server;
        this.tracker = new JiraRestIssueTracker(
                new JdkHttpTransport(URI.create(server.baseUrl()), JiraCredentials.personalAccessToken(TOKEN)),
                new DataCenterDialect(),
                JiraClientSettings.defaults());
    }

    /** Starts a fake Jira whose every answer is delayed by {@code latency}. */
    public static BenchJira start(Duration latency) {
        Clock jiraClock = Clock.fixed(Instant.parse("2017-12-04T17:00:00Z"), ZoneOffset.UTC);
        FakeJiraHttpServer server = FakeJiraHttpServer.start(
                        FakeJiraWorld.seeded(jiraClock),
                        ServerInfo.Deployment.DATA_CENTER,
                        FaultPlan.none().latency(latency))
                .registerToken(USER, TOKEN);
        return new BenchJira(server);
    }

    /** The client, as the app uses it. */
    public IssueTracker tracker() {
        return tracker;
    }

    public FakeJiraHttpServer server() {
        return server;
    }

    /** HTTP requests the server has received so far. */
    public int requests() {
        return server.requestCount();
    }

    /**
     * Creates {@code count} issues in project {@value #PROJECT} directly in the fake's world (no HTTP) and answers
     * their keys in creation order.
     */
    public List<String> createIssues(int count) {
        FakeJira direct = FakeJira.dataCenter(server.world(), USER);
        List<NewIssue> drafts = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            drafts.add(new NewIssue(
                    PROJECT,
                    "Task",
                    "Benchmark issue " + i,
                    Description.of(Description.Paragraph.of(new Description.Text("Made by the bench module."))),
                    Optional.empty(),
                    Optional.empty(),
                    List.of("bench"),
                    Map.of()));
        }
        List<String> keys = new ArrayList<>(count);
        for (Result<CreatedIssue> created : direct.createIssues(drafts)) {
            keys.add(created.value().key());
        }
        return List.copyOf(keys);
    }

    @Override
    public void close() {
        server.close();
    }
}

package dev.agenda.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.jira.JiraClientSettings;
import dev.agenda.jira.fake.FakeJiraHttpServer;
import dev.agenda.jira.fake.FakeJiraWorld;
import dev.agenda.jira.fake.FaultPlan;
import dev.agenda.jira.transport.JdkHttpTransport;
import dev.agenda.jira.transport.JiraCredentials;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Two preview hosts on one state database and one pages directory act as one cluster: syncs through both at once
 * create each issue once, and what one host synced the other shows. On PostgreSQL when AGENDA_TEST_POSTGRES_URL is
 * set (as in CI), else on one embedded H2 database both hosts open.
 */
public class PreviewClusterTest {

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private FakeJiraHttpServer jira;
    private final List<PreviewHost> hosts = new ArrayList<>();
    private String pageFile;

    @Before
    public void startTwoHosts() throws Exception {
        Path pages = folder.newFolder("pages").toPath();
        pageFile = "meeting-" + UUID.randomUUID() + ".xml";
        Files.copy(Path.of("../examples/dmlt-f2f-2017-11.xml"), pages.resolve(pageFile));
        Files.copy(Path.of("../examples/users.csv"), pages.resolve("users.csv"));
        jira = FakeJiraHttpServer.start(
                        FakeJiraWorld.seeded(Clock.systemUTC()), ServerInfo.Deployment.DATA_CENTER, FaultPlan.none())
                .registerToken("womullane", "pat");
        Path data = folder.newFolder("data").toPath();
        Optional<String> postgres =
                Optional.ofNullable(System.getenv("AGENDA_TEST_POSTGRES_URL")).filter(url -> !url.isBlank());
        for (int i = 0; i < 2; i++) {
            hosts.add(PreviewHost.start(new PreviewSettings(
                    pages,
                    0,
                    data,
                    postgres,
                    JiraChoice.Remote.forOne(
                            "womullane",
                            new JdkHttpTransport(
                                    URI.create(jira.baseUrl()), JiraCredentials.personalAccessToken("pat")),
                            jira.baseUrl()),
                    Viewers.only("womullane"),
                    Clock.systemUTC(),
                    ZoneId.of("America/Phoenix"),
                    JiraClientSettings.defaults(),
                    Optional.empty())));
        }
    }

    @After
    public void stop() {
        hosts.forEach(PreviewHost::close);
        jira.close();
    }

    @Test
    public void syncsThroughBothHostsAtOnceCreateEachIssueOnceAndBothShowTheKeys() throws Exception {
        long page = PageFiles.idOf(Path.of(pageFile));
        int before = jira.world().issueCount();

        CompletableFuture<HttpResponse<String>> first = sync(hosts.get(0), page);
        CompletableFuture<HttpResponse<String>> second = sync(hosts.get(1), page);

        assertEquals(200, first.get().statusCode());
        assertEquals(200, second.get().statusCode());
        assertEquals(
                "10 created, once, between the two hosts",
                before + 10,
                jira.world().issueCount());
        String shown = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(hosts.get(1).baseUrl().resolve("pages/" + page))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher tracked = Pattern.compile("data-tracks-action=").matcher(shown);
        int count = 0;
        while (tracked.find()) {
            count++;
        }
        assertEquals(11, count);
        assertTrue(
                first.get().body() + second.get().body(),
                (first.get().body() + second.get().body()).contains("created 10"));
    }

    private static CompletableFuture<HttpResponse<String>> sync(PreviewHost host, long page) {
        return HttpClient.newHttpClient()
                .sendAsync(
                        HttpRequest.newBuilder(host.baseUrl().resolve("rest/agenda/1.0/pages/" + page + "/sync"))
                                .header("X-Atlassian-Token", "no-check")
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}

package dev.agenda.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.tracker.IssueTracker;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.core.tracker.TrackerError;
import dev.agenda.core.users.InMemoryUserDirectory;
import dev.agenda.jira.JiraClientSettings;
import dev.agenda.jira.fake.FakeJiraHttpServer;
import dev.agenda.jira.fake.FakeJiraWorld;
import dev.agenda.jira.fake.FaultPlan;
import dev.agenda.jira.transport.JdkHttpTransport;
import dev.agenda.jira.transport.JiraCredentials;
import dev.agenda.services.jira.JiraSession;
import dev.agenda.services.jira.JiraSite;
import dev.agenda.services.page.Viewer;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The preview's Jira as each user: in their requests and in work done later on their behalf (the status refresh). */
public class ViewersJiraTest {

    private FakeJiraHttpServer jira;
    private final SignedInUser current = new SignedInUser();
    private final Viewer wil = PreviewUser.of("womullane", new InMemoryUserDirectory(List.of()));
    private final Viewer john = PreviewUser.of("swinbank", new InMemoryUserDirectory(List.of()));
    private ViewersJira viewers;

    @Before
    public void start() {
        jira = FakeJiraHttpServer.start(
                        FakeJiraWorld.seeded(Clock.systemUTC()), ServerInfo.Deployment.DATA_CENTER, FaultPlan.none())
                .registerToken("womullane", "pat-wil")
                .registerToken("swinbank", "pat-john");
        JiraSite site = new JiraSite(true, "", Optional.of(jira.baseUrl()));
        viewers = new ViewersJira(
                Map.of(
                        wil.key(),
                        jiraWith("womullane", "pat-wil", site),
                        john.key(),
                        jiraWith("swinbank", "pat-john", site)),
                Map.of(wil.key(), wil, john.key(), john),
                current,
                site);
    }

    @After
    public void stop() {
        current.clear();
        jira.close();
    }

    @Test
    public void aRequestReachesJiraAsItsSignedInUser() {
        current.set(john);

        assertEquals("swinbank", whoJiraSees(viewers.open()));
        current.set(wil);
        assertEquals("womullane", whoJiraSees(viewers.open()));
    }

    @Test
    public void workOnAViewersBehalfReachesJiraAsThatViewerWhoeverTheThreadServes() {
        current.set(wil);

        assertEquals("swinbank", viewers.asViewer(john.key(), ViewersJiraTest::whoJiraSees));
    }

    @Test
    public void nobodySignedInOrAnUnknownViewerReachesNoJiraAndIsToldToSignIn() {
        int before = jira.requestCount();

        Result<IssueTracker> anonymous = viewers.open().tracker();
        Result<IssueTracker> stranger = viewers.asViewer("preview:mallory", JiraSession::tracker);

        for (Result<IssueTracker> refused : List.of(anonymous, stranger)) {
            Result.Failed<IssueTracker> failed = (Result.Failed<IssueTracker>) refused;
            assertEquals(TrackerError.Kind.NOT_AUTHENTICATED, failed.error().kind());
            assertEquals(
                    "Sign in to the preview host to see Jira.", failed.error().message());
        }
        assertEquals(before, jira.requestCount());
    }

    @Test
    public void workOnAViewersBehalfRunsAsThatViewerOnAThreadNobodyRunsAs() throws Exception {
        CompletableFuture<String> background = CompletableFuture.supplyAsync(() -> viewers.asViewer(
                john.key(),
                session -> whoJiraSees(session) + " as "
                        + current.get().orElseThrow().name()));

        assertEquals("swinbank as swinbank", background.get(10, TimeUnit.SECONDS));
        assertEquals("the viewer is put back after the work", Optional.empty(), current.get());
    }

    @Test
    public void aSessionUsedOnAThreadNotRunningAsItsUserSendsNothingAsConfluencesLinkWouldNot() throws Exception {
        current.set(john);
        JiraSession johns = viewers.open();
        int before = jira.requestCount();

        CompletableFuture<String> elsewhere = CompletableFuture.supplyAsync(() -> whoJiraSees(johns));

        ExecutionException refused = assertThrows(ExecutionException.class, () -> elsewhere.get(10, TimeUnit.SECONDS));
        assertTrue(
                refused.getCause().getMessage(),
                refused.getCause()
                        .getMessage()
                        .contains("A Jira request of swinbank was sent from a thread running as nobody"));
        assertEquals(before, jira.requestCount());
    }

    private PreviewJira jiraWith(String username, String token, JiraSite site) {
        return new PreviewJira(
                new ViewerBoundTransport(
                        username,
                        new JdkHttpTransport(URI.create(jira.baseUrl()), JiraCredentials.personalAccessToken(token)),
                        current),
                site,
                JiraClientSettings.defaults());
    }

    private static String whoJiraSees(JiraSession session) {
        return session.tracker().flatMap(IssueTracker::myself).value().name().orElseThrow();
    }
}

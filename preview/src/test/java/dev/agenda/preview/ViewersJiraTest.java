package dev.agenda.preview;

import static org.junit.Assert.assertEquals;

import dev.agenda.confluence.jira.JiraSession;
import dev.agenda.confluence.jira.JiraSite;
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
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The preview's Jira as each user: in their requests and in work done later on their behalf (the status refresh). */
public class ViewersJiraTest {

    private FakeJiraHttpServer jira;
    private final SignedInUser current = new SignedInUser();
    private final PreviewUser wil = new PreviewUser("womullane", new InMemoryUserDirectory(List.of()));
    private final PreviewUser john = new PreviewUser("swinbank", new InMemoryUserDirectory(List.of()));
    private ViewersJira viewers;

    @Before
    public void start() {
        jira = FakeJiraHttpServer.start(FakeJiraWorld.seeded(Clock.systemUTC()), ServerInfo.Deployment.DATA_CENTER,
                FaultPlan.none()).registerToken("womullane", "pat-wil").registerToken("swinbank", "pat-john");
        JiraSite site = new JiraSite(true, "", Optional.of(jira.baseUrl()));
        viewers = new ViewersJira(Map.of(wil.getKey().getStringValue(), jiraWith("pat-wil", site),
                john.getKey().getStringValue(), jiraWith("pat-john", site)), current, site);
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

        assertEquals("swinbank", viewers.asViewer(john.getKey().getStringValue(), ViewersJiraTest::whoJiraSees));
    }

    @Test
    public void nobodySignedInOrAnUnknownViewerReachesNoJiraAndIsToldToSignIn() {
        int before = jira.requestCount();

        Result<IssueTracker> anonymous = viewers.open().tracker();
        Result<IssueTracker> stranger = viewers.asViewer("preview:mallory", JiraSession::tracker);

        for (Result<IssueTracker> refused : List.of(anonymous, stranger)) {
            Result.Failed<IssueTracker> failed = (Result.Failed<IssueTracker>) refused;
            assertEquals(TrackerError.Kind.NOT_AUTHENTICATED, failed.error().kind());
            assertEquals("Sign in to the preview host to see Jira.", failed.error().message());
        }
        assertEquals(before, jira.requestCount());
    }

    private PreviewJira jiraWith(String token, JiraSite site) {
        return new PreviewJira(new JdkHttpTransport(URI.create(jira.baseUrl()),
                JiraCredentials.personalAccessToken(token)), site, JiraClientSettings.defaults());
    }

    private static String whoJiraSees(JiraSession session) {
        return session.tracker().flatMap(IssueTracker::myself).value().name().orElseThrow();
    }
}

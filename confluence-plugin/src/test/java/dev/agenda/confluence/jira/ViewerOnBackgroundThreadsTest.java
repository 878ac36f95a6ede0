package dev.agenda.confluence.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import dev.agenda.confluence.host.ConfluenceUsers;
import dev.agenda.confluence.i18n.PluginMessages;
import dev.agenda.core.tracker.IssueTracker;
import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.jira.fake.FakeJiraHttpServer;
import dev.agenda.jira.fake.FakeJiraWorld;
import dev.agenda.jira.fake.FaultPlan;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.After;
import org.junit.Test;

/**
 * Work done later on a viewer's behalf — the background status refresh, the scheduled refresh job — runs on threads
 * that belong to no request. Through an application link with OAuth 3LO it reaches Jira only if it runs as the viewer
 * there, and leaves the thread as it found it.
 */
public class ViewerOnBackgroundThreadsTest {

    private final FakeJiraHttpServer jira = FakeJiraHttpServer.start(
                    FakeJiraWorld.seeded(Clock.systemUTC()), ServerInfo.Deployment.DATA_CENTER, FaultPlan.none())
            .registerToken("swinbank", "swinbank-oauth-token");

    @After
    public void stop() {
        jira.close();
    }

    @Test
    public void aViewersWorkOnAThreadOfNoRequestReachesJiraAsThemAndLeavesTheThreadAsItWas() throws Exception {
        ThreeLeggedOAuthRequests link =
                new ThreeLeggedOAuthRequests(URI.create(jira.baseUrl()), Map.of("swinbank", "swinbank-oauth-token"));
        ApplicationLinkService links = mock(ApplicationLinkService.class);
        ApplicationLink jiraLink = mock(ApplicationLink.class);
        when(links.getPrimaryApplicationLink(JiraApplicationType.class)).thenReturn(jiraLink);
        when(jiraLink.createAuthenticatedRequestFactory()).thenReturn(link);
        ConfluenceUser john = mock(ConfluenceUser.class);
        when(john.getName()).thenReturn("swinbank");
        UserAccessor users = mock(UserAccessor.class);
        when(users.getUserByKey(new UserKey("swinbank-key"))).thenReturn(john);
        ConfluenceViewerJiraAccess viewers = new ConfluenceViewerJiraAccess(
                users,
                new ApplicationLinkJiraAccess(links, new PluginMessages(), Clock.systemUTC()),
                new ConfluenceUsers());

        CompletableFuture<String> refresh = CompletableFuture.supplyAsync(() -> {
            String seen = viewers.asViewer(
                    "swinbank-key",
                    session -> session.tracker()
                            .flatMap(IssueTracker::myself)
                            .value()
                            .name()
                            .orElseThrow());
            return seen + (AuthenticatedUserThreadLocal.get() == null ? ", then nobody" : ", then still someone");
        });

        assertEquals("swinbank, then nobody", refresh.get(10, TimeUnit.SECONDS));
        assertNull(AuthenticatedUserThreadLocal.get());
    }
}

package dev.agenda.confluence.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.ContentPropertyManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import dev.agenda.confluence.Answers;
import dev.agenda.confluence.host.ConfluenceWorkerContext;
import dev.agenda.confluence.sync.ClusterLockServiceLock;
import dev.agenda.confluence.sync.ContentPropertySyncStateStore;
import dev.agenda.confluence.sync.SyncFixture;
import dev.agenda.confluence.sync.SyncRecordJson;
import dev.agenda.core.sync.WorkerContext;
import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.jira.fake.FakeJiraHttpServer;
import dev.agenda.jira.fake.FaultPlan;
import dev.agenda.services.sync.PageSyncService;
import dev.agenda.sync.SyncReport;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/**
 * The sync of the reference page inside Confluence, as far as threads go: the page resource's thread runs as the
 * viewer, the sync's follow-ups run on worker threads, and every Jira request goes through the application link's
 * request factory — here a double that, like OAuth 3LO, fails on a thread without a user. The whole page syncs, every
 * request is made as the viewer, and every content-property write happens on the request's own thread, as the viewer.
 */
public class SyncAsTheViewerThroughTheApplicationLinkTest {

    @Rule
    public final SyncFixture fixture = new SyncFixture();

    private FakeJiraHttpServer jira;
    private ThreeLeggedOAuthRequests link;
    private final RecordingProperties properties = new RecordingProperties();

    @Before
    public void start() {
        jira = FakeJiraHttpServer.start(fixture.world, ServerInfo.Deployment.DATA_CENTER, FaultPlan.none())
                .registerToken("womullane", "womullane-oauth-token");
        link = new ThreeLeggedOAuthRequests(URI.create(jira.baseUrl()), Map.of("womullane", "womullane-oauth-token"));
        when(fixture.viewer.getName()).thenReturn("womullane");
    }

    @After
    public void stop() {
        AuthenticatedUserThreadLocal.reset();
        jira.close();
    }

    @Test
    public void theReferencePageSyncsWithEveryRequestAndWriteMadeAsTheViewer() {
        AuthenticatedUserThreadLocal.set(fixture.viewer);

        SyncReport report = Answers.done(
                service(new ConfluenceWorkerContext(fixture.users)).sync(String.valueOf(SyncFixture.PAGE_ID), false));
        assertEquals("created 10, linked 1, updated 0, transitioned 7, unchanged 0, failed 0", report.summaryLine());
        assertEquals(
                Set.of("womullane"),
                link.made.stream().map(ThreeLeggedOAuthRequests.Made::username).collect(Collectors.toSet()));
        Set<String> threads =
                link.made.stream().map(ThreeLeggedOAuthRequests.Made::thread).collect(Collectors.toSet());
        assertTrue(
                "the follow-ups ran on worker threads: " + threads,
                threads.stream().anyMatch(name -> name.startsWith("agenda-sync-follow-up")));
        String created = report.outcomes().get(0).issueKey().orElseThrow();
        assertEquals(
                "Jira saw the viewer create the issues",
                "womullane",
                fixture.world.state(created).orElseThrow().reporter().name());
        assertTrue("the sync state was written", properties.writes.size() >= 11);
        assertEquals(
                "every content-property write on the request's thread, as the viewer",
                Set.of(Thread.currentThread().getName() + " as womullane"),
                Set.copyOf(properties.writes));
        assertEquals("the request's thread is still the viewer's", fixture.viewer, AuthenticatedUserThreadLocal.get());
    }

    @Test
    public void withoutTheViewerCarriedToTheWorkersTheLinkRefusesAsOAuthDoes() {
        AuthenticatedUserThreadLocal.set(fixture.viewer);
        PageSyncService uncarried = service(WorkerContext.none());

        NullPointerException refused = assertThrows(
                NullPointerException.class, () -> uncarried.sync(String.valueOf(SyncFixture.PAGE_ID), false));

        assertEquals("You have to be logged in to use oauth authentication.", refused.getMessage());
    }

    private PageSyncService service(WorkerContext workers) {
        ApplicationLinkService links = mock(ApplicationLinkService.class);
        ApplicationLink jiraLink = mock(ApplicationLink.class);
        when(links.getPrimaryApplicationLink(JiraApplicationType.class)).thenReturn(jiraLink);
        when(jiraLink.getDisplayUrl()).thenReturn(URI.create(jira.baseUrl()));
        when(jiraLink.createAuthenticatedRequestFactory()).thenReturn(link);
        ClusterLockService locks = mock(ClusterLockService.class);
        ClusterLock lock = new LocalClusterLock();
        when(locks.getLockForName(org.mockito.ArgumentMatchers.anyString())).thenReturn(lock);
        return new PageSyncService(
                fixture.pageAccess(),
                new ApplicationLinkJiraAccess(links, fixture.messages, fixture.clock),
                new ContentPropertySyncStateStore(fixture.pageManager, properties, new SyncRecordJson()),
                new ClusterLockServiceLock(locks),
                Optional::empty,
                fixture.recentSyncs,
                fixture.progress,
                fixture.texts,
                workers,
                fixture.clock);
    }

    /** A cluster lock on one node: Confluence's is a java.util.concurrent lock too. */
    private static final class LocalClusterLock extends ReentrantLock implements ClusterLock {
        private static final long serialVersionUID = 1L;
    }

    /** Content properties in memory, noting the thread and user of every write. */
    private static final class RecordingProperties implements ContentPropertyManager {
        final Map<String, String> values = new ConcurrentHashMap<>();
        final List<String> writes = new CopyOnWriteArrayList<>();

        @Override
        public String getTextProperty(ContentEntityObject entity, String key) {
            return values.get(key);
        }

        @Override
        public void setTextProperty(ContentEntityObject entity, String key, String value) {
            ConfluenceUser user = AuthenticatedUserThreadLocal.get();
            writes.add(Thread.currentThread().getName() + " as " + (user == null ? "nobody" : user.getName()));
            values.put(key, value);
        }
    }
}

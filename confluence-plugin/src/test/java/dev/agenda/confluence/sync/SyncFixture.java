package dev.agenda.confluence.sync;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.setup.settings.Settings;
import com.atlassian.confluence.setup.settings.SettingsManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import dev.agenda.confluence.host.ConfluencePages;
import dev.agenda.confluence.host.ConfluenceUsers;
import dev.agenda.confluence.i18n.PluginMessages;
import dev.agenda.core.issues.JiraProjects;
import dev.agenda.core.page.MeetingPageReader;
import dev.agenda.core.storage.StorageFormatParser;
import dev.agenda.core.sync.InMemorySyncStateStore;
import dev.agenda.core.sync.InProcessLock;
import dev.agenda.core.sync.Lock;
import dev.agenda.core.sync.SyncStateStore;
import dev.agenda.core.sync.WorkerContext;
import dev.agenda.core.tracker.Result;
import dev.agenda.jira.fake.FakeJira;
import dev.agenda.jira.fake.FakeJiraWorld;
import dev.agenda.services.Texts;
import dev.agenda.services.jira.JiraAccess;
import dev.agenda.services.jira.JiraSession;
import dev.agenda.services.jira.JiraSite;
import dev.agenda.services.page.PageAccess;
import dev.agenda.services.status.RecentSyncs;
import dev.agenda.services.sync.PageSyncService;
import dev.agenda.services.sync.SyncProgressBoard;
import dev.agenda.testing.ReferencePage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.rules.ExternalResource;

/**
 * The page services wired as in Confluence, through the plugin's Confluence adapters, with Mockito standing in for
 * Confluence's own types only: the reference page as page 65538 at {@link #PAGE_URL}, a viewer who may view and edit it
 * and who is the thread's authenticated user while a test runs (a JUnit rule: the user is set before and reset after),
 * and for the app's ports honest fakes — the in-memory fake Jira, the in-memory state store and the in-process lock.
 */
public final class SyncFixture extends ExternalResource {

    public static final long PAGE_ID = 65538L;
    public static final String PAGE_URL = "https://confluence.example.org/display/DM/DMLT+F2F+2017-11";

    public final Clock clock = Clock.fixed(Instant.parse("2017-12-04T17:00:00Z"), ZoneOffset.UTC);
    public final FakeJiraWorld world = FakeJiraWorld.seeded(clock);
    public final FakeJira jira = FakeJira.dataCenter(world, "womullane");
    public final PageManager pageManager = mock(PageManager.class);
    public final PermissionManager permissionManager = mock(PermissionManager.class);
    public final SettingsManager settingsManager = mock(SettingsManager.class);
    public final AbstractPage page = mock(AbstractPage.class);
    public final ConfluenceUser viewer = mock(ConfluenceUser.class);
    public final InMemorySyncStateStore store = new InMemorySyncStateStore();
    public final RecentSyncs recentSyncs = new RecentSyncs();
    public final SyncProgressBoard progress = new SyncProgressBoard();
    public final PluginMessages messages = new PluginMessages();
    public final Texts texts = new Texts();
    public final ConfluenceUsers users = new ConfluenceUsers();
    public final ConfluencePages pages = new ConfluencePages(pageManager, permissionManager, settingsManager);

    public SyncFixture() {
        when(pageManager.getAbstractPage(PAGE_ID)).thenReturn(page);
        when(page.getId()).thenReturn(PAGE_ID);
        when(page.getBodyAsString()).thenReturn(ReferencePage.storage());
        when(page.getTitle()).thenReturn("DMLT F2F 2017-11");
        when(page.getUrlPath()).thenReturn("/display/DM/DMLT+F2F+2017-11");
        Settings settings = mock(Settings.class);
        when(settings.getBaseUrl()).thenReturn("https://confluence.example.org");
        when(settingsManager.getGlobalSettings()).thenReturn(settings);
        when(viewer.getName()).thenReturn("womullane");
        when(viewer.getFullName()).thenReturn("Wil O'Mullane");
        when(viewer.getKey()).thenReturn(new UserKey("womullane-key"));
        when(permissionManager.hasPermission(viewer, Permission.VIEW, page)).thenReturn(true);
        when(permissionManager.hasPermission(viewer, Permission.EDIT, page)).thenReturn(true);
    }

    @Override
    protected void before() {
        AuthenticatedUserThreadLocal.set(viewer);
    }

    @Override
    protected void after() {
        AuthenticatedUserThreadLocal.reset();
    }

    /** The service over the fake Jira, as the viewer. */
    public PageSyncService service() {
        return service(access(JiraSession.of(Result.ok(jira))), store);
    }

    /** Access that always opens this session, to a configured Jira at jira.example.org. */
    public static JiraAccess access(JiraSession session) {
        return JiraAccess.over(() -> session, new JiraSite(true, "", Optional.of("https://jira.example.org")));
    }

    /** How the resources open the page, as in Confluence, for the thread's authenticated user. */
    public PageAccess pageAccess() {
        return new PageAccess(
                pages,
                pages,
                users,
                new StorageFormatParser(),
                new MeetingPageReader(ReferencePage.users(), JiraProjects.none(), ReferencePage.ZONE),
                texts);
    }

    public PageSyncService service(JiraAccess access, SyncStateStore stateStore) {
        return service(access, stateStore, WorkerContext.none());
    }

    public PageSyncService service(JiraAccess access, SyncStateStore stateStore, WorkerContext workers) {
        return service(access, stateStore, workers, new InProcessLock());
    }

    public PageSyncService service(JiraAccess access, SyncStateStore stateStore, WorkerContext workers, Lock lock) {
        return new PageSyncService(
                pageAccess(), access, stateStore, lock, Optional::empty, recentSyncs, progress, texts, workers, clock);
    }
}

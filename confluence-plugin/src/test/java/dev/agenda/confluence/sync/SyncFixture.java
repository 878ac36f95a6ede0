package dev.agenda.confluence.sync;

import dev.agenda.confluence.host.CurrentUser;
import dev.agenda.confluence.host.FixedCurrentUser;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import dev.agenda.confluence.ReferencePage;
import dev.agenda.confluence.i18n.PluginMessages;
import dev.agenda.confluence.jira.JiraAccess;
import dev.agenda.confluence.jira.JiraSession;
import dev.agenda.confluence.jira.JiraSite;
import dev.agenda.confluence.page.PageAccess;
import dev.agenda.confluence.status.RecentSyncs;
import dev.agenda.core.issues.JiraProjects;
import dev.agenda.core.page.MeetingPageReader;
import dev.agenda.core.storage.StorageFormatParser;
import dev.agenda.core.sync.InMemorySyncStateStore;
import dev.agenda.core.sync.InProcessLock;
import dev.agenda.core.sync.SyncStateStore;
import dev.agenda.core.sync.WorkerContext;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.users.CsvUserDirectoryReader;
import dev.agenda.core.users.UserDirectoryFormatException;
import dev.agenda.jira.fake.FakeJira;
import dev.agenda.jira.fake.FakeJiraWorld;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The sync service wired as in Confluence, with Mockito standing in for Confluence's own types only: the reference page
 * as page 65538, a viewer who may view and edit it, and for the app's ports honest fakes — the in-memory fake Jira,
 * the in-memory state store and the in-process lock.
 */
public final class SyncFixture {

    public static final long PAGE_ID = 65538L;
    public static final String PAGE_URL = "https://confluence.example.org/display/DM/DMLT+F2F+2017-11";

    public final Clock clock = Clock.fixed(Instant.parse("2017-12-04T17:00:00Z"), ZoneOffset.UTC);
    public final FakeJiraWorld world = FakeJiraWorld.seeded(clock);
    public final FakeJira jira = FakeJira.dataCenter(world, "womullane");
    public final PageManager pageManager = mock(PageManager.class);
    public final PermissionManager permissionManager = mock(PermissionManager.class);
    public final AbstractPage page = mock(AbstractPage.class);
    public final ConfluenceUser viewer = mock(ConfluenceUser.class);
    public final InMemorySyncStateStore store = new InMemorySyncStateStore();
    public final RecentSyncs recentSyncs = new RecentSyncs();
    public final SyncProgressBoard progress = new SyncProgressBoard();
    public final PluginMessages messages = new PluginMessages();

    public SyncFixture() {
        when(pageManager.getAbstractPage(PAGE_ID)).thenReturn(page);
        when(page.getBodyAsString()).thenReturn(ReferencePage.storage());
        when(page.getTitle()).thenReturn("DMLT F2F 2017-11");
        when(viewer.getKey()).thenReturn(new UserKey("womullane-key"));
        when(permissionManager.hasPermission(viewer, Permission.VIEW, page)).thenReturn(true);
        when(permissionManager.hasPermission(viewer, Permission.EDIT, page)).thenReturn(true);
    }

    /** The service over the fake Jira, as the viewer. */
    public PageSyncService service() {
        return service(access(JiraSession.of(Result.ok(jira))), store);
    }

    /** Access that always opens this session, to a configured Jira at jira.example.org. */
    public static JiraAccess access(JiraSession session) {
        return JiraAccess.over(() -> session, new JiraSite(true, "", Optional.of("https://jira.example.org")));
    }

    /** How the resources open the page, as in Confluence, for the viewer. */
    public PageAccess pageAccess() {
        return pageAccess(FixedCurrentUser.of(viewer));
    }

    /** How the resources open the page, for whoever {@code currentUser} says is asking. */
    public PageAccess pageAccess(CurrentUser currentUser) {
        return new PageAccess(pageManager, permissionManager, currentUser, new StorageFormatParser(), reader(),
                messages);
    }

    public PageSyncService service(JiraAccess access, SyncStateStore stateStore) {
        return new PageSyncService(pageAccess(), access, stateStore, new InProcessLock(), Optional::empty,
                ignored -> PAGE_URL, recentSyncs, progress, messages, WorkerContext.none(), clock);
    }

    private static MeetingPageReader reader() {
        try {
            return new MeetingPageReader(new CsvUserDirectoryReader().read(
                    Files.readString(Path.of("..", "examples", "users.csv"))), JiraProjects.none(),
                    ZoneId.of("America/Phoenix"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UserDirectoryFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.agenda.services;

import dev.agenda.core.issues.JiraProjects;
import dev.agenda.core.page.MeetingPageReader;
import dev.agenda.core.storage.StorageFormatParser;
import dev.agenda.core.sync.InMemorySyncStateStore;
import dev.agenda.core.sync.InProcessLock;
import dev.agenda.core.sync.WorkerContext;
import dev.agenda.core.tracker.Result;
import dev.agenda.jira.fake.FakeJira;
import dev.agenda.jira.fake.FakeJiraWorld;
import dev.agenda.services.jira.JiraAccess;
import dev.agenda.services.jira.JiraSession;
import dev.agenda.services.jira.JiraSite;
import dev.agenda.services.page.CurrentViewer;
import dev.agenda.services.page.HostPage;
import dev.agenda.services.page.HostPages;
import dev.agenda.services.page.Need;
import dev.agenda.services.page.PageAccess;
import dev.agenda.services.page.PagePermissions;
import dev.agenda.services.page.Viewer;
import dev.agenda.services.status.RecentSyncs;
import dev.agenda.services.sync.PageSyncService;
import dev.agenda.services.sync.SyncProgressBoard;
import dev.agenda.testing.ReferencePage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The page services over honest fakes of their ports: the reference page (from {@code examples/}) as page 65538,
 * pages and permissions in memory, a viewer who may view and edit it unless a test says otherwise, the in-memory fake
 * Jira, state and lock.
 */
public final class ServicesFixture {

    public static final long PAGE_ID = 65538L;
    public static final String PAGE_URL = "https://wiki.example.org/pages/65538";

    public final Clock clock = Clock.fixed(Instant.parse("2017-12-04T17:00:00Z"), ZoneOffset.UTC);
    public final FakeJiraWorld world = FakeJiraWorld.seeded(clock);
    public final FakeJira jira = FakeJira.dataCenter(world, "womullane");
    public final Viewer viewer = new Viewer("womullane-key", "womullane", "Wil O'Mullane");
    public final InMemoryPages pages = new InMemoryPages();
    public final InMemorySyncStateStore store = new InMemorySyncStateStore();
    public final RecentSyncs recentSyncs = new RecentSyncs();
    public final SyncProgressBoard progress = new SyncProgressBoard();
    public final Texts texts = new Texts();
    /** Who the current thread works for; a test may change it. */
    public volatile Optional<Viewer> current = Optional.of(viewer);

    public ServicesFixture() {
        pages.put(new StoredPage(PAGE_ID, "DMLT F2F 2017-11", ReferencePage.storage(), PAGE_URL));
        pages.allow(viewer, Need.VIEW, PAGE_ID);
        pages.allow(viewer, Need.EDIT, PAGE_ID);
    }

    public CurrentViewer currentViewer() {
        return () -> current;
    }

    public PageAccess pageAccess() {
        return new PageAccess(
                pages,
                pages,
                currentViewer(),
                new StorageFormatParser(),
                new MeetingPageReader(ReferencePage.users(), JiraProjects.none(), ReferencePage.ZONE),
                texts);
    }

    public JiraAccess jiraAccess() {
        return JiraAccess.over(
                () -> JiraSession.of(Result.ok(jira)), new JiraSite(true, "", Optional.of("https://jira.example.org")));
    }

    public PageSyncService syncService() {
        return new PageSyncService(
                pageAccess(),
                jiraAccess(),
                store,
                new InProcessLock(),
                Optional::empty,
                recentSyncs,
                progress,
                texts,
                WorkerContext.none(),
                clock);
    }

    /** A page as a host might keep it. */
    public record StoredPage(long id, String title, String storage, String address) implements HostPage {}

    /** Pages, and who may do what with them, in memory. */
    public final class InMemoryPages implements HostPages, PagePermissions {

        private final Map<Long, HostPage> byId = new ConcurrentHashMap<>();
        private final Set<String> rights = ConcurrentHashMap.newKeySet();

        public void put(HostPage page) {
            byId.put(page.id(), page);
        }

        public void allow(Viewer someone, Need need, long pageId) {
            rights.add(someone.key() + " " + need + " " + pageId);
        }

        public void deny(Viewer someone, Need need, long pageId) {
            rights.remove(someone.key() + " " + need + " " + pageId);
        }

        @Override
        public Optional<HostPage> find(long id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public boolean currentViewerMay(Need need, HostPage page) {
            return current.map(someone -> rights.contains(someone.key() + " " + need + " " + page.id()))
                    .orElse(false);
        }
    }
}

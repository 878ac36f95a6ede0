package dev.agenda.sync;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.sync.InMemorySyncStateStore;
import dev.agenda.core.sync.InProcessLock;
import dev.agenda.core.sync.SyncRecord;
import dev.agenda.core.sync.SyncStateStore;
import dev.agenda.core.sync.WorkerContext;
import dev.agenda.core.tracker.IssueTracker;
import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.jira.fake.FakeJira;
import dev.agenda.jira.fake.FakeJiraWorld;
import dev.agenda.testing.ReferencePage;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.junit.Test;

/**
 * A sync's threads as a host sees them. Hosts keep per-thread state the work depends on (Confluence: the user its
 * application link sends each request as), so every request of the parallel follow-ups must run in the context of the
 * thread that started the sync, and every state save must happen on that thread itself (Confluence: a content-property
 * write bound to the request). The host's state here is a thread-local "viewer", carried by the test's own context.
 */
public class WorkerThreadsTest {

    private static final ThreadLocal<String> VIEWER = new ThreadLocal<>();

    private final Clock clock = Clock.fixed(Instant.parse("2017-12-04T17:00:00Z"), ZoneOffset.UTC);
    private final FakeJira jira = new FakeJira(
            FakeJiraWorld.seeded(clock),
            "womullane",
            ServerInfo.Deployment.DATA_CENTER,
            dev.agenda.jira.fake.FaultPlan.none());
    private final Map<String, String> requestsByViewer = new ConcurrentHashMap<>();
    private final Set<Thread> requestThreads = ConcurrentHashMap.newKeySet();
    private final Set<Thread> saveThreads = ConcurrentHashMap.newKeySet();

    /** Carries the viewer as a host would: captured on the starting thread, set for the work, then put back. */
    private static final WorkerContext CARRY_VIEWER = new WorkerContext() {
        @Override
        public <T> Supplier<T> carry(Supplier<T> work) {
            String viewer = VIEWER.get();
            return () -> {
                String before = VIEWER.get();
                VIEWER.set(viewer);
                try {
                    return work.get();
                } finally {
                    VIEWER.set(before);
                }
            };
        }
    };

    @Test
    public void everyFollowUpRunsAsTheViewerAndEverySaveOnTheSyncsOwnThread() {
        SyncReport report = syncAsViewer(CARRY_VIEWER);

        assertTrue(report.summaryLine(), report.inSync());
        assertEquals(
                "every request was sent as the viewer: " + requestsByViewer,
                Set.of("swinbank"),
                Set.copyOf(requestsByViewer.values()));
        assertTrue(
                "the follow-ups ran in parallel, on threads of their own: " + requestThreads,
                requestThreads.size() > 2);
        assertEquals(
                "every save happened on the thread that started the sync", Set.of(Thread.currentThread()), saveThreads);
    }

    @Test
    public void withoutTheViewerCarriedTheFollowUpsRunAsNobody() {
        syncAsViewer(WorkerContext.none());

        assertTrue(
                "some requests ran on a worker without the viewer: " + requestsByViewer,
                requestsByViewer.containsValue("nobody"));
        assertEquals("saves stay on the sync's own thread all the same", Set.of(Thread.currentThread()), saveThreads);
    }

    private SyncReport syncAsViewer(WorkerContext context) {
        VIEWER.set("swinbank");
        try {
            SyncSettings settings = new SyncSettings(
                    Optional.empty(),
                    "DMLT F2F 2017-11",
                    "https://confluence.example.org/x/dmlt",
                    Duration.ofSeconds(5),
                    8);
            return new ActionSync(
                            recording(jira),
                            recording(new InMemorySyncStateStore()),
                            new InProcessLock(),
                            context,
                            clock)
                    .sync(ReferencePage.meeting(), settings, false, SyncProgress.none());
        } finally {
            VIEWER.remove();
        }
    }

    private IssueTracker recording(IssueTracker tracker) {
        return (IssueTracker) Proxy.newProxyInstance(
                IssueTracker.class.getClassLoader(),
                new Class<?>[] {IssueTracker.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("forRun")) {
                        return recording(tracker.forRun()); // the run is the tracker the sync sends through
                    }
                    requestsByViewer.put(
                            method.getName() + "#" + requestsByViewer.size(),
                            Optional.ofNullable(VIEWER.get()).orElse("nobody"));
                    requestThreads.add(Thread.currentThread());
                    try {
                        return method.invoke(tracker, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private SyncStateStore recording(SyncStateStore store) {
        return new SyncStateStore() {
            @Override
            public Map<String, SyncRecord> records(String pageId) {
                saveThreads.add(Thread.currentThread());
                return store.records(pageId);
            }

            @Override
            public void save(String pageId, SyncRecord record) {
                saveThreads.add(Thread.currentThread());
                store.save(pageId, record);
            }
        };
    }
}

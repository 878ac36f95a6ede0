package dev.agenda.sync;

import dev.agenda.core.page.MeetingPage;
import dev.agenda.core.sync.Lock;
import dev.agenda.core.sync.LockUnavailableException;
import dev.agenda.core.sync.SyncRecord;
import dev.agenda.core.sync.SyncStateStore;
import dev.agenda.core.sync.WorkerContext;
import dev.agenda.core.tracker.IssueTracker;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Syncs a meeting page's actions with Jira: every action gets exactly one issue (created in bulk, or the issue the
 * task names), completion flows both ways, page edits are pushed and conflicting edits reported. One sync per page at
 * a time, under the {@link Lock}; safe to run again at any point — a run that crashed, or whose state was lost, is
 * completed by the next without creating anything twice, because every issue carries its action's handle from the
 * request that created it. Each sync is one run of the tracker ({@link IssueTracker#forRun()}): its requests, from
 * the first check to the last follow-up, share the run's patience with a Jira that fails or rate-limits. Thread-safe.
 */
public final class ActionSync {

    private final IssueTracker tracker;
    private final SyncStateStore store;
    private final Lock lock;
    private final WorkerContext context;
    private final Clock clock;

    /** A sync for a host whose threads hold nothing the work depends on (the command line, tests). */
    public ActionSync(IssueTracker tracker, SyncStateStore store, Lock lock, Clock clock) {
        this(tracker, store, lock, WorkerContext.none(), clock);
    }

    /**
     * @param context carries the calling thread's context (in Confluence, the viewer) to the threads that send the
     *                sync's follow-up requests; state is always saved on the calling thread itself
     */
    public ActionSync(IssueTracker tracker, SyncStateStore store, Lock lock, WorkerContext context, Clock clock) {
        this.tracker = Objects.requireNonNull(tracker, "tracker");
        this.store = Objects.requireNonNull(store, "store");
        this.lock = Objects.requireNonNull(lock, "lock");
        this.context = Objects.requireNonNull(context, "context");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Syncs the page, or — with {@code dryRun} — says what a sync would do, reading Jira and changing nothing (neither
     * Jira nor the state).
     */
    public SyncReport sync(MeetingPage page, SyncSettings settings, boolean dryRun, SyncProgress progress) {
        return run(page, settings, dryRun, progress, actionId -> true);
    }

    /**
     * Syncs only the page's actions with these ids — what ticking one task on the page needs — under the same lock
     * and with the same guarantees as a whole-page sync. Actions not named are neither read nor reported.
     */
    public SyncReport syncActions(
            MeetingPage page, Set<String> actionIds, SyncSettings settings, SyncProgress progress) {
        Set<String> only = Set.copyOf(actionIds);
        return run(page, settings, false, progress, only::contains);
    }

    /**
     * Syncs only the page's actions with these ids (one agenda's, say), or with {@code dryRun} says what syncing them
     * would do, changing nothing. Actions not named are neither read nor reported.
     */
    public SyncReport syncActions(
            MeetingPage page, Set<String> actionIds, SyncSettings settings, boolean dryRun, SyncProgress progress) {
        Set<String> only = Set.copyOf(actionIds);
        return run(page, settings, dryRun, progress, only::contains);
    }

    /**
     * Carries out what the person chose for the issue of a synced task no longer on the page — leave it as it is, or
     * close it (into the done category; nothing is ever deleted) — under the page's lock, and answers the page's
     * removed tasks as they then stand (a report without action outcomes). Leaving is recorded, so later syncs report
     * the issue as left without asking; closing transitions the issue once, however often it is asked. An action that
     * is on the page, or was never synced, is refused in the report's {@code abort}, with nothing changed.
     */
    public SyncReport chooseForRemoved(
            MeetingPage page, String actionId, SyncRecord.Removal choice, SyncSettings settings) {
        try {
            return lock.withLock(
                    pageLock(page.pageId()),
                    settings.lockWait(),
                    () -> new RemovedTaskChoice(tracker.forRun(), store, clock).choose(page, actionId, choice));
        } catch (LockUnavailableException e) {
            return SyncReport.aborted(
                    page.pageId(),
                    "A sync of this page is running (" + e.getMessage() + "); try again when it has finished.",
                    false);
        }
    }

    private SyncReport run(
            MeetingPage page, SyncSettings settings, boolean dryRun, SyncProgress progress, Predicate<String> inScope) {
        try {
            return withLocks(
                    pagesToLock(page, settings, inScope),
                    settings.lockWait(),
                    () -> PageSync.run(
                            tracker.forRun(), store, context, clock, page, settings, dryRun, progress, inScope));
        } catch (LockUnavailableException e) {
            return SyncReport.aborted(
                    page.pageId(),
                    "Another sync of this page is running (" + e.getMessage() + "); try again when it has finished.",
                    dryRun);
        }
    }

    /**
     * The pages whose locks a sync of these actions holds: the page's own, and the original page of each task carried
     * from an earlier meeting, because an issue for such a task may be created by a sync of either page and must be
     * created once. Sorted, so that two syncs take shared locks in the same order and cannot wait for each other.
     */
    private static NavigableSet<String> pagesToLock(
            MeetingPage page, SyncSettings settings, Predicate<String> inScope) {
        NavigableSet<String> pages = new TreeSet<>();
        pages.add(page.pageId());
        SyncTarget.of(page, settings).stream()
                .filter(target -> inScope.test(target.actionId()))
                .forEach(target -> target.originPage().ifPresent(pages::add));
        return pages;
    }

    /** Runs the work holding every page's lock, taken in the set's order and let go in the reverse. */
    private <T> T withLocks(NavigableSet<String> pages, Duration wait, Supplier<T> work) {
        List<String> inOrder = List.copyOf(pages);
        Supplier<T> held = work;
        for (int i = inOrder.size() - 1; i >= 0; i--) {
            String name = pageLock(inOrder.get(i));
            Supplier<T> inner = held;
            held = () -> lock.withLock(name, wait, inner);
        }
        return held.get();
    }

    /** The name of the lock a sync of the page holds while it runs, on every node. */
    public static String pageLock(String pageId) {
        return "agenda-sync:" + pageId;
    }
}

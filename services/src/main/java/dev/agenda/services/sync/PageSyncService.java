package dev.agenda.services.sync;

import dev.agenda.core.page.MeetingPage;
import dev.agenda.core.sync.Lock;
import dev.agenda.core.sync.LockUnavailableException;
import dev.agenda.core.sync.SyncRecord;
import dev.agenda.core.sync.SyncStateException;
import dev.agenda.core.sync.SyncStateStore;
import dev.agenda.core.sync.WorkerContext;
import dev.agenda.core.tracker.IssueTracker;
import dev.agenda.core.tracker.Result;
import dev.agenda.services.PageAnswer;
import dev.agenda.services.Refusal;
import dev.agenda.services.Texts;
import dev.agenda.services.jira.JiraAccess;
import dev.agenda.services.jira.JiraSession;
import dev.agenda.services.page.HostPage;
import dev.agenda.services.page.Need;
import dev.agenda.services.page.PageAccess;
import dev.agenda.services.page.Viewer;
import dev.agenda.services.status.RecentSyncs;
import dev.agenda.sync.ActionOutcome;
import dev.agenda.sync.ActionSync;
import dev.agenda.sync.SyncProgress;
import dev.agenda.sync.SyncReport;
import dev.agenda.sync.SyncSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Syncs a page's actions with Jira on behalf of the current viewer — everything the sync REST resource does, in a
 * class that can be tested without a server. In order: the page must exist and be visible to the viewer (else "not
 * found", the same either way), editable by them (else "forbidden"), and readable; then the page is synced as the
 * viewer through their Jira session, under the page's lock, with its records kept where the host keeps them.
 *
 * <p>A sync that stopped because the viewer must first authorise Confluence in Jira is refused as
 * {@link Refusal.Reason#NEEDS_AUTHORISATION}, so the UI can offer "authorise with Jira". A completed sync (not a dry
 * run) is remembered for the status refresh. Each sync is logged where it starts and ends, and where it stops or fails.
 */
public final class PageSyncService {

    /** How long a sync waits for another sync of the same page before saying it is busy. */
    public static final Duration LOCK_WAIT = Duration.ofSeconds(10);
    /** Follow-up requests (remote links, watchers, edits, transitions) in flight at once. */
    public static final int PARALLELISM = SyncSettings.DEFAULT_PARALLELISM;

    private static final Logger LOG = LoggerFactory.getLogger(PageSyncService.class);

    private final PageAccess pages;
    private final JiraAccess jira;
    private final SyncStateStore store;
    private final Lock lock;
    private final SyncDefaults defaults;
    private final RecentSyncs recentSyncs;
    private final SyncProgressBoard progress;
    private final Texts texts;
    private final WorkerContext workers;
    private final Clock clock;

    /**
     * @param workers carries the viewer to the threads that send the sync's follow-up requests, so that they reach
     *                Jira as the viewer too
     */
    public PageSyncService(
            PageAccess pages,
            JiraAccess jira,
            SyncStateStore store,
            Lock lock,
            SyncDefaults defaults,
            RecentSyncs recentSyncs,
            SyncProgressBoard progress,
            Texts texts,
            WorkerContext workers,
            Clock clock) {
        this.pages = pages;
        this.jira = jira;
        this.store = store;
        this.lock = lock;
        this.defaults = defaults;
        this.recentSyncs = recentSyncs;
        this.progress = progress;
        this.texts = texts;
        this.workers = workers;
        this.clock = clock;
    }

    /**
     * Syncs the page, or with {@code dryRun} says what a sync would do, changing nothing. Done also when the sync could
     * not start for a reason its report gives ({@link SyncReport#abort()}), such as another sync of the page running.
     *
     * @param pageId the page id as the caller wrote it
     */
    public PageAnswer<SyncReport> sync(String pageId, boolean dryRun) {
        return tracked(
                pageId,
                dryRun,
                (actionSync, ready, heard) ->
                        actionSync.sync(ready.meeting(), settingsFor(ready.page()), dryRun, heard));
    }

    /**
     * Syncs only the page's actions with these ids — one agenda's, when each agenda of a page has its own Sync — or
     * with {@code dryRun} says what that would do. Ids that are not the page's actions are ignored; the report and the
     * progress count only the actions named. Done also when the sync could not start, as {@link #sync} is.
     *
     * @param pageId the page id as the caller wrote it
     */
    public PageAnswer<SyncReport> syncActions(String pageId, Set<String> actionIds, boolean dryRun) {
        return tracked(
                pageId,
                dryRun,
                (actionSync, ready, heard) ->
                        actionSync.syncActions(ready.meeting(), actionIds, settingsFor(ready.page()), dryRun, heard));
    }

    /** One sync of some of a page's actions, told where to report its progress. */
    @FunctionalInterface
    private interface TrackedWork {
        SyncReport run(ActionSync actionSync, PageAccess.Ready ready, SyncProgressBoard.Run heard);
    }

    /** Opens the page for editing and runs the work with its own run on the progress board. */
    private PageAnswer<SyncReport> tracked(String pageId, boolean dryRun, TrackedWork work) {
        return pages.open(pageId, Need.EDIT)
                .fold(
                        ready -> {
                            try (SyncProgressBoard.Run heard =
                                    progress.start(ready.meeting().pageId())) {
                                return run(ready, dryRun, actionSync -> work.run(actionSync, ready, heard));
                            }
                        },
                        PageAnswer::refused);
    }

    /**
     * How far the page's running sync has got, for anyone who may view the page; empty when no sync of it runs on
     * this node.
     */
    public Optional<SyncProgressBoard.Progress> progress(String pageId) {
        return pages.open(pageId, Need.VIEW)
                .fold(ready -> progress.current(ready.meeting().pageId()), refused -> Optional.empty());
    }

    /**
     * Syncs only the given action of a page already opened for editing — after its task was ticked, say — exactly as a
     * whole-page sync would sync it (an action without an issue gets one).
     */
    public PageAnswer<SyncReport> syncAction(PageAccess.Ready ready, String actionId) {
        return run(
                ready,
                false,
                actionSync -> actionSync.syncActions(
                        ready.meeting(), Set.of(actionId), settingsFor(ready.page()), SyncProgress.none()));
    }

    /**
     * Carries out what the viewer chose for the issue of a synced task no longer on the page — leave it as it is, or
     * close it in Jira — as the viewer, under the page's lock, and answers the page's removed tasks as they then stand
     * ({@link SyncReport#removed()}, no action outcomes). The page must be editable by the viewer, as for a sync. An
     * action still on the page, or never synced, is Done with the report's {@code abort} saying so.
     *
     * @param pageId the page id as the caller wrote it
     */
    public PageAnswer<SyncReport> chooseForRemoved(String pageId, String actionId, SyncRecord.Removal choice) {
        return pages.open(pageId, Need.EDIT)
                .fold(
                        ready -> {
                            PageAnswer<SyncReport> answer = run(
                                    ready,
                                    false,
                                    actionSync -> actionSync.chooseForRemoved(
                                            ready.meeting(), actionId, choice, settingsFor(ready.page())));
                            LOG.info(
                                    "Chose {} for the issue of removed action {} of page {}",
                                    choice,
                                    actionId,
                                    ready.meeting().pageId());
                            return answer;
                        },
                        PageAnswer::refused);
    }

    /**
     * Waits for a sync of the page that is running now (on this node or another) to finish, at most as long as a sync
     * waits for its turn; answers at once when none runs. A tick sent while a sync creates its action's issue waits so,
     * and then finds the issue. Answers false when that sync was still running at the end of the wait.
     */
    public boolean awaitRunningSync(PageAccess.Ready ready) {
        try {
            return lock.withLock(ActionSync.pageLock(ready.meeting().pageId()), LOCK_WAIT, () -> true);
        } catch (LockUnavailableException e) {
            return false;
        }
    }

    private PageAnswer<SyncReport> run(PageAccess.Ready ready, boolean dryRun, Function<ActionSync, SyncReport> work) {
        MeetingPage meeting = ready.meeting();
        String viewer = ready.viewer().map(Viewer::name).orElse("an anonymous viewer");
        LOG.info(
                "Syncing page {} ({} actions) with Jira as {}{}",
                meeting.pageId(),
                meeting.actions().size(),
                viewer,
                dryRun ? ", as a dry run" : "");
        JiraSession session = jira.open();
        SyncReport report;
        try {
            report = session.tracker() instanceof Result.Failed<IssueTracker> failed
                    ? SyncReport.aborted(meeting.pageId(), failed.error(), dryRun)
                    : work.apply(new ActionSync(session.tracker().value(), store, lock, workers, clock));
        } catch (SyncStateException e) {
            LOG.error(
                    "The sync of page {} stopped: its sync state is unavailable: {}", meeting.pageId(), e.getMessage());
            return PageAnswer.refused(Refusal.of(Refusal.Reason.STATE_UNAVAILABLE, e.getMessage()));
        }
        if (report.abort().isPresent()) {
            LOG.warn(
                    "The sync of page {} as {} did not start: {}",
                    meeting.pageId(),
                    viewer,
                    report.abort().get());
            if (session.authorisationUri().isPresent()) {
                return PageAnswer.refused(
                        Refusal.needsAuthorisation(session.authorisationUri().get(), texts.text("sync.authorise")));
            }
            return PageAnswer.done(report);
        }
        LOG.info("Synced page {} with Jira as {}: {}", meeting.pageId(), viewer, report.summaryLine());
        for (ActionOutcome outcome : report.outcomes()) {
            outcome.problem()
                    .ifPresent(problem -> LOG.warn(
                            "Action {} of page {} ({}) was not synced: {}",
                            outcome.actionId(),
                            meeting.pageId(),
                            outcome.issueKey().orElse("no issue yet"),
                            problem));
        }
        if (!dryRun) {
            ready.viewer()
                    .ifPresent(someone -> recentSyncs.record(new RecentSyncs.Entry(
                            someone.key(), meeting.pageId(), issueKeys(report), clock.instant())));
        }
        return PageAnswer.done(report);
    }

    private SyncSettings settingsFor(HostPage page) {
        return new SyncSettings(defaults.defaultProject(), page.title(), page.address(), LOCK_WAIT, PARALLELISM);
    }

    private static List<String> issueKeys(SyncReport report) {
        return report.outcomes().stream()
                .map(ActionOutcome::issueKey)
                .flatMap(Optional::stream)
                .distinct()
                .toList();
    }
}

package dev.agenda.confluence.sync;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.user.ConfluenceUser;
import dev.agenda.confluence.i18n.PluginMessages;
import dev.agenda.confluence.jira.JiraAccess;
import dev.agenda.confluence.jira.JiraSession;
import dev.agenda.confluence.page.PageAccess;
import dev.agenda.confluence.status.RecentSyncs;
import dev.agenda.core.page.MeetingPage;
import dev.agenda.core.sync.Lock;
import dev.agenda.core.sync.SyncStateException;
import dev.agenda.core.sync.SyncStateStore;
import dev.agenda.core.sync.WorkerContext;
import dev.agenda.core.tracker.IssueTracker;
import dev.agenda.core.tracker.Result;
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

/**
 * Syncs a Confluence page's actions with Jira on behalf of the current user — everything the sync REST resource does,
 * in a class that can be tested without a server. In order: the page must exist and be visible to the user (else "not
 * found", the same either way), editable by them (else "forbidden"), and readable; then the page is synced as the user
 * through their Jira session, under the page's cluster lock, with its records kept in the page.
 *
 * <p>A sync that stopped because the application link needs the user's consent is told apart from other stops, so
 * the UI can offer "authorise with Jira". A completed sync (not a dry run) is remembered for the status refresh.
 */
public final class PageSyncService {

    /** How long a sync waits for another sync of the same page before saying it is busy. */
    public static final Duration LOCK_WAIT = Duration.ofSeconds(10);
    /** Follow-up requests (remote links, watchers, edits, transitions) in flight at once. */
    public static final int PARALLELISM = SyncSettings.DEFAULT_PARALLELISM;
    private static final String KEY = "dev.agenda.agenda-confluence-plugin.sync.";

    private final PageAccess pages;
    private final JiraAccess jira;
    private final SyncStateStore store;
    private final Lock lock;
    private final SyncDefaults defaults;
    private final PageLinks links;
    private final RecentSyncs recentSyncs;
    private final SyncProgressBoard progress;
    private final PluginMessages messages;
    private final WorkerContext workers;
    private final Clock clock;

    /**
     * @param workers carries the viewer to the threads that send the sync's follow-up requests, so that they reach
     *                Jira as the viewer too
     */
    public PageSyncService(PageAccess pages, JiraAccess jira, SyncStateStore store, Lock lock, SyncDefaults defaults,
                           PageLinks links, RecentSyncs recentSyncs, SyncProgressBoard progress,
                           PluginMessages messages, WorkerContext workers, Clock clock) {
        this.workers = workers;
        this.progress = progress;
        this.pages = pages;
        this.jira = jira;
        this.store = store;
        this.lock = lock;
        this.defaults = defaults;
        this.links = links;
        this.recentSyncs = recentSyncs;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Syncs the page, or with {@code dryRun} says what a sync would do, changing nothing.
     *
     * @param pageId the page id as the caller wrote it
     */
    public PageSyncOutcome sync(String pageId, boolean dryRun) {
        PageAccess.Opened opened = pages.open(pageId, PageAccess.Need.EDIT);
        if (opened instanceof PageAccess.Refused refused) {
            return new PageSyncOutcome.Refused(refused);
        }
        PageAccess.Ready ready = (PageAccess.Ready) opened;
        String id = ready.meeting().pageId();
        SyncProgress heard = progress.start(id);
        try {
            return run(ready, dryRun, actionSync -> actionSync.sync(ready.meeting(), settingsFor(ready.page()), dryRun,
                    heard));
        } finally {
            progress.finish(id);
        }
    }

    /**
     * How far the page's running sync has got, for anyone who may view the page; empty when no sync of it runs on
     * this node.
     */
    public Optional<SyncProgressBoard.Progress> progress(String pageId) {
        PageAccess.Opened opened = pages.open(pageId, PageAccess.Need.VIEW);
        if (opened instanceof PageAccess.Refused) {
            return Optional.empty();
        }
        return progress.current(((PageAccess.Ready) opened).meeting().pageId());
    }

    /**
     * Syncs only the given action of a page already opened for editing — after its task was ticked, say — exactly as a
     * whole-page sync would sync it (an action without an issue gets one).
     */
    public PageSyncOutcome syncAction(PageAccess.Ready ready, String actionId) {
        return run(ready, false, actionSync -> actionSync.syncActions(ready.meeting(), Set.of(actionId),
                settingsFor(ready.page()), SyncProgress.none()));
    }

    private PageSyncOutcome run(PageAccess.Ready ready, boolean dryRun,
                                Function<ActionSync, SyncReport> work) {
        MeetingPage meeting = ready.meeting();
        JiraSession session = jira.open();
        SyncReport report;
        try {
            report = session.tracker() instanceof Result.Failed<IssueTracker> failed
                    ? SyncReport.aborted(meeting.pageId(), failed.error(), dryRun)
                    : work.apply(new ActionSync(session.tracker().value(), store, lock, workers, clock));
        } catch (SyncStateException e) {
            return new PageSyncOutcome.StateUnavailable(e.getMessage());
        }
        if (report.abort().isPresent() && session.authorisationUri().isPresent()) {
            return new PageSyncOutcome.NeedsAuthorisation(session.authorisationUri().get(),
                    messages.text(KEY + "authorise"));
        }
        ConfluenceUser user = ready.user();
        if (!dryRun && report.abort().isEmpty() && user != null && user.getKey() != null) {
            recentSyncs.record(new RecentSyncs.Entry(user.getKey().getStringValue(), meeting.pageId(),
                    issueKeys(report), clock.instant()));
        }
        return new PageSyncOutcome.Synced(report);
    }

    private SyncSettings settingsFor(AbstractPage page) {
        return new SyncSettings(defaults.defaultProject(), page.getTitle(), links.urlOf(page), LOCK_WAIT, PARALLELISM);
    }

    private static List<String> issueKeys(SyncReport report) {
        return report.outcomes().stream().map(ActionOutcome::issueKey).flatMap(Optional::stream).distinct().toList();
    }
}

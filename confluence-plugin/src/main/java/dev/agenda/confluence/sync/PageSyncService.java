package dev.agenda.confluence.sync;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import dev.agenda.confluence.host.CurrentUser;
import dev.agenda.confluence.i18n.PluginMessages;
import dev.agenda.confluence.jira.JiraAccess;
import dev.agenda.confluence.jira.JiraSession;
import dev.agenda.confluence.status.RecentSyncs;
import dev.agenda.core.page.MeetingPage;
import dev.agenda.core.page.MeetingPageReader;
import dev.agenda.core.storage.StorageFormatException;
import dev.agenda.core.storage.StorageFormatParser;
import dev.agenda.core.sync.Lock;
import dev.agenda.core.sync.SyncStateException;
import dev.agenda.core.sync.SyncStateStore;
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
    /** Follow-up requests (links, transitions) in flight at once. */
    public static final int PARALLELISM = 4;
    private static final String KEY = "dev.agenda.agenda-confluence-plugin.sync.";

    private final PageManager pageManager;
    private final PermissionManager permissionManager;
    private final CurrentUser currentUser;
    private final StorageFormatParser parser;
    private final MeetingPageReader reader;
    private final JiraAccess jira;
    private final SyncStateStore store;
    private final Lock lock;
    private final SyncDefaults defaults;
    private final PageLinks links;
    private final RecentSyncs recentSyncs;
    private final PluginMessages messages;
    private final Clock clock;

    public PageSyncService(PageManager pageManager, PermissionManager permissionManager, CurrentUser currentUser,
                           StorageFormatParser parser, MeetingPageReader reader, JiraAccess jira,
                           SyncStateStore store, Lock lock, SyncDefaults defaults, PageLinks links,
                           RecentSyncs recentSyncs, PluginMessages messages, Clock clock) {
        this.pageManager = pageManager;
        this.permissionManager = permissionManager;
        this.currentUser = currentUser;
        this.parser = parser;
        this.reader = reader;
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
        long id;
        try {
            id = Long.parseLong(pageId);
        } catch (NumberFormatException e) {
            return new PageSyncOutcome.BadRequest(messages.text(KEY + "bad-page-id", pageId));
        }
        ConfluenceUser user = currentUser.get();
        AbstractPage page = pageManager.getAbstractPage(id);
        if (page == null || !permissionManager.hasPermission(user, Permission.VIEW, page)) {
            return new PageSyncOutcome.NotFound(messages.text(KEY + "not-found", id));
        }
        if (!permissionManager.hasPermission(user, Permission.EDIT, page)) {
            return new PageSyncOutcome.Forbidden(messages.text(KEY + "forbidden", id));
        }
        MeetingPage meeting;
        try {
            meeting = reader.readPage(String.valueOf(id), parser.parse(page.getBodyAsString()));
        } catch (StorageFormatException e) {
            return new PageSyncOutcome.Unreadable(messages.text(KEY + "unreadable", id, e.getMessage()));
        }
        JiraSession session = jira.open();
        SyncReport report;
        try {
            report = run(session, meeting, settingsFor(page), dryRun);
        } catch (SyncStateException e) {
            return new PageSyncOutcome.StateUnavailable(e.getMessage());
        }
        if (report.abort().isPresent() && session.authorisationUri().isPresent()) {
            return new PageSyncOutcome.NeedsAuthorisation(session.authorisationUri().get(),
                    messages.text(KEY + "authorise"));
        }
        if (!dryRun && report.abort().isEmpty() && user != null && user.getKey() != null) {
            recentSyncs.record(new RecentSyncs.Entry(user.getKey().getStringValue(), meeting.pageId(),
                    issueKeys(report), clock.instant()));
        }
        return new PageSyncOutcome.Synced(report);
    }

    private SyncReport run(JiraSession session, MeetingPage meeting, SyncSettings settings, boolean dryRun) {
        if (session.tracker() instanceof Result.Failed<?> failed) {
            return SyncReport.aborted(meeting.pageId(), failed.error(), dryRun);
        }
        return new ActionSync(session.tracker().value(), store, lock, clock)
                .sync(meeting, settings, dryRun, SyncProgress.none());
    }

    private SyncSettings settingsFor(AbstractPage page) {
        return new SyncSettings(defaults.defaultProject(), page.getTitle(), links.urlOf(page), LOCK_WAIT, PARALLELISM);
    }

    private static List<String> issueKeys(SyncReport report) {
        return report.outcomes().stream().map(ActionOutcome::issueKey).flatMap(Optional::stream).distinct().toList();
    }
}

package dev.agenda.services.status;

import dev.agenda.core.issues.IssueKey;
import dev.agenda.core.page.ReferencedIssues;
import dev.agenda.core.sync.SyncStateException;
import dev.agenda.core.sync.SyncStateStore;
import dev.agenda.core.tracker.Issue;
import dev.agenda.services.PageAnswer;
import dev.agenda.services.Refusal;
import dev.agenda.services.jira.JiraAccess;
import dev.agenda.services.jira.JiraSession;
import dev.agenda.services.jira.JiraSite;
import dev.agenda.services.page.Need;
import dev.agenda.services.page.PageAccess;
import dev.agenda.services.page.Viewer;
import dev.agenda.sync.status.KeyStatus;
import dev.agenda.sync.status.LiveStatuses;
import dev.agenda.sync.status.PageStatuses;
import dev.agenda.sync.status.StatusWording;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live statuses of a page, for the current viewer — what the status REST resource answers. The page must be
 * visible to the viewer. The keys are the issues tracking its actions, those its agendas refer to (read from the page
 * itself, {@link ReferencedIssues}), and any the caller adds; Jira is asked (as the viewer, in one batched look-up)
 * only for keys not known yet, or for all with {@code fresh}; known keys whose last look is stale are answered at once
 * and refreshed in the background. Without a Jira, the answer says so and asks nothing. Thread-safe.
 */
public final class PageStatusService {

    /**
     * The most keys one call asks Jira about (10 searches); a page with more gets statuses for the first ones and,
     * for each of the others, a "not asked" of its own — never one error for the page.
     */
    public static final int MAX_KEYS = 1_000;
    /** Beyond this many keys the request is refused: no page shows that many issues. */
    static final int MAX_REQUESTED = 10 * MAX_KEYS;

    static final String ANONYMOUS = "(anonymous)";
    private static final Logger LOG = LoggerFactory.getLogger(PageStatusService.class);

    private final PageAccess pages;
    private final JiraAccess jira;
    private final SyncStateStore store;
    private final LiveStatuses statuses;
    private final BackgroundStatusRefresh background;
    private final StatusWording wording;
    private final Clock clock;

    public PageStatusService(
            PageAccess pages,
            JiraAccess jira,
            SyncStateStore store,
            LiveStatuses statuses,
            BackgroundStatusRefresh background,
            StatusWording wording,
            Clock clock) {
        this.pages = pages;
        this.jira = jira;
        this.store = store;
        this.statuses = statuses;
        this.background = background;
        this.wording = wording;
        this.clock = clock;
    }

    /**
     * The live Jira status of every issue the page refers to, each key with its own answer or problem.
     *
     * @param pageId     the page id as the caller wrote it
     * @param keysOnPage more issue keys to include, comma-separated (usually empty: the page's own are read from it)
     * @param fresh      ask Jira for every key now (the page's Refresh)
     */
    public PageAnswer<StatusReport> statuses(String pageId, String keysOnPage, boolean fresh) {
        return pages.open(pageId, Need.VIEW).fold(ready -> statuses(ready, keysOnPage, fresh), PageAnswer::refused);
    }

    private PageAnswer<StatusReport> statuses(PageAccess.Ready ready, String keysOnPage, boolean fresh) {
        List<String> referenced = new ArrayList<>();
        for (String written : Arrays.asList(keysOnPage == null ? new String[0] : keysOnPage.split(","))) {
            String key = written.trim();
            if (key.isEmpty()) {
                continue;
            }
            if (IssueKey.parse(key)
                    .filter(parsed -> parsed.toString().equals(key))
                    .isEmpty()) {
                return PageAnswer.refused(Refusal.of(
                        Refusal.Reason.BAD_REQUEST, "‘" + key + "’ is not a Jira issue key (such as DM-12813)."));
            }
            referenced.add(key);
        }
        if (referenced.size() > MAX_REQUESTED) {
            return PageAnswer.refused(Refusal.of(
                    Refusal.Reason.BAD_REQUEST,
                    "A page can ask for at most " + MAX_REQUESTED + " issue statuses; this request asked for "
                            + referenced.size() + "."));
        }
        try {
            return PageAnswer.done(report(ready, referenced, fresh));
        } catch (SyncStateException e) {
            LOG.warn(
                    "The statuses of page {} could not be answered: {}",
                    ready.page().id(),
                    e.getMessage());
            return PageAnswer.refused(Refusal.of(Refusal.Reason.STATE_UNAVAILABLE, e.getMessage()));
        }
    }

    /**
     * The report for an opened page: the issues tracking its actions and the {@code referenced} keys, as the user the
     * page was opened for. Also what a tick answers.
     *
     * @throws SyncStateException when the page's sync state cannot be read
     */
    public StatusReport report(PageAccess.Ready ready, List<String> referenced, boolean fresh) {
        PageStatuses page =
                PageStatuses.of(ready.meeting(), store.records(ready.meeting().pageId()));
        List<String> onPage = new ArrayList<>(ReferencedIssues.of(ready.meeting()));
        onPage.addAll(referenced);
        List<String> all = page.keysWith(onPage);
        List<String> keys = all.subList(0, Math.min(all.size(), MAX_KEYS));
        String viewer = viewerOf(ready);
        JiraSite site = jira.site();
        if (!site.configured()) {
            return new StatusReport(site, clock.instant(), List.of(), actionLines(page, Map.of()), Optional.empty());
        }
        Optional<URI> authorise = Optional.empty();
        LiveStatuses.Answer answer;
        if (keys.isEmpty()) {
            answer = new LiveStatuses.Answer(List.of(), List.of());
        } else {
            JiraSession session = jira.open();
            answer = statuses.statuses(viewer, keys, fresh, session.tracker());
            authorise = session.authorisationUri();
        }
        background.refreshLater(viewer, answer.stale());
        Map<String, Issue> known = new HashMap<>();
        List<StatusReport.IssueLine> lines = new ArrayList<>();
        for (KeyStatus status : answer.statuses()) {
            status.issue().ifPresent(issue -> known.put(status.key(), issue));
            lines.add(new StatusReport.IssueLine(
                    status.key(),
                    kindOf(status),
                    status.issue(),
                    wording.problem(status),
                    site.browseBase().map(base -> browse(base, status.key())),
                    status.seenAt(),
                    status.stale()));
        }
        for (String key : all.subList(keys.size(), all.size())) {
            lines.add(new StatusReport.IssueLine(
                    key,
                    StatusReport.Kind.NOT_ASKED,
                    Optional.empty(),
                    Optional.of("Not asked: this page shows more than " + MAX_KEYS + " Jira issues, and only the first "
                            + MAX_KEYS + " get a status"),
                    site.browseBase().map(base -> browse(base, key)),
                    Optional.empty(),
                    false));
        }
        return new StatusReport(site, clock.instant(), lines, actionLines(page, known), authorise);
    }

    /** Whose statuses these are: the key of the viewer the page was opened for, or {@link #ANONYMOUS}. */
    static String viewerOf(PageAccess.Ready ready) {
        return ready.viewer().map(Viewer::key).orElse(ANONYMOUS);
    }

    private List<StatusReport.ActionLine> actionLines(PageStatuses page, Map<String, Issue> known) {
        List<StatusReport.ActionLine> lines = new ArrayList<>();
        for (PageStatuses.TrackedAction action : page.actions()) {
            // An issue the task only names keeps Jira's status whatever the tick: that is the rule, not a disagreement.
            Optional<String> note = action.namesIssue()
                    ? Optional.empty()
                    : action.issueKey()
                            .map(known::get)
                            .flatMap(issue -> wording.thenAndNow(action.tickedOnPage(), issue));
            lines.add(new StatusReport.ActionLine(action.actionId(), action.issueKey(), action.tickedOnPage(), note));
        }
        return lines;
    }

    private static StatusReport.Kind kindOf(KeyStatus status) {
        if (status.problem().isEmpty()) {
            return StatusReport.Kind.CURRENT;
        }
        return switch (status.problem().get().kind()) {
            case PROJECT_NOT_FOUND -> StatusReport.Kind.PROJECT_NOT_FOUND;
            case ISSUE_NOT_FOUND, NOT_FOUND, INVALID -> StatusReport.Kind.NOT_FOUND;
            case NOT_AUTHENTICATED -> StatusReport.Kind.AUTHORISE;
            case FORBIDDEN -> StatusReport.Kind.FORBIDDEN;
            // Jira did not answer this time: what it said before, if anything, still stands.
            case RATE_LIMITED, UNAVAILABLE, BAD_RESPONSE ->
                status.issue().isPresent() ? StatusReport.Kind.LAST_KNOWN : StatusReport.Kind.UNREACHABLE;
        };
    }

    private static String browse(String base, String key) {
        return (base.endsWith("/") ? base : base + "/") + "browse/" + key;
    }
}

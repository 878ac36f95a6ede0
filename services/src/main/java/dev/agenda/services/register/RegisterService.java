package dev.agenda.services.register;

import dev.agenda.core.issues.IssueKey;
import dev.agenda.core.page.MeetingPage;
import dev.agenda.core.page.MeetingPageReader;
import dev.agenda.core.register.ActionRegister;
import dev.agenda.core.register.RegisterEntry;
import dev.agenda.core.register.RegisterFilter;
import dev.agenda.core.register.RegisterPage;
import dev.agenda.core.storage.StorageFormatException;
import dev.agenda.core.storage.StorageFormatParser;
import dev.agenda.core.sync.SyncStateException;
import dev.agenda.core.sync.SyncStateStore;
import dev.agenda.core.tracker.IssueStatus;
import dev.agenda.services.PageAnswer;
import dev.agenda.services.Refusal;
import dev.agenda.services.jira.JiraAccess;
import dev.agenda.services.jira.JiraSession;
import dev.agenda.services.jira.JiraSite;
import dev.agenda.services.page.CurrentViewer;
import dev.agenda.services.page.HostPage;
import dev.agenda.services.page.HostPages;
import dev.agenda.services.page.Need;
import dev.agenda.services.page.PagePermissions;
import dev.agenda.services.page.Viewer;
import dev.agenda.services.status.BackgroundStatusRefresh;
import dev.agenda.sync.status.KeyStatus;
import dev.agenda.sync.status.LiveStatuses;
import dev.agenda.sync.status.StatusMemory;
import dev.agenda.sync.status.StatusWording;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The action register for the current viewer — what the register REST resource, the {@code agenda-actions} macro and
 * the preview's Actions page show. The scope's pages come from {@link PageScopes}; a page the viewer may not view is
 * left out before it is read, as is every page of a scope whose own page they may not view, so nothing reveals what
 * they cannot see. Each page's issues come from its sync records; their statuses either from one batched look-up
 * through {@link LiveStatuses} as the viewer ({@link #register}) or only from what the viewer's memory already holds,
 * never asking Jira ({@link #known}, for rendering a page). Thread-safe.
 */
public final class RegisterService {

    /** The most pages one register reads; a wider scope is refused with a sentence saying how to narrow it. */
    public static final int MAX_PAGES = 500;
    /** The most issue keys one register asks Jira about, as a page's status call (10 searches). */
    public static final int MAX_KEYS = 1_000;
    /** The longest "due within" window, in days: ten years. */
    public static final int MAX_DAYS = 3_650;

    private static final String ANONYMOUS = "(anonymous)";
    private static final Logger LOG = LoggerFactory.getLogger(RegisterService.class);

    private final PageScopes scopes;
    private final HostPages pages;
    private final PagePermissions permissions;
    private final CurrentViewer viewer;
    private final StorageFormatParser parser;
    private final MeetingPageReader reader;
    private final SyncStateStore store;
    private final JiraAccess jira;
    private final LiveStatuses statuses;
    private final StatusMemory memory;
    private final BackgroundStatusRefresh background;
    private final StatusWording wording;
    private final Clock clock;
    private final ActionRegister register = new ActionRegister();

    public RegisterService(
            PageScopes scopes,
            HostPages pages,
            PagePermissions permissions,
            CurrentViewer viewer,
            StorageFormatParser parser,
            MeetingPageReader reader,
            SyncStateStore store,
            JiraAccess jira,
            LiveStatuses statuses,
            StatusMemory memory,
            BackgroundStatusRefresh background,
            StatusWording wording,
            Clock clock) {
        this.scopes = scopes;
        this.pages = pages;
        this.permissions = permissions;
        this.viewer = viewer;
        this.parser = parser;
        this.reader = reader;
        this.store = store;
        this.jira = jira;
        this.statuses = statuses;
        this.memory = memory;
        this.background = background;
        this.wording = wording;
        this.clock = clock;
    }

    /**
     * The register with live statuses: the issues' statuses asked of Jira as the viewer, in one batched look-up for
     * the keys not known yet (all of them with {@code fresh}); stale ones are refreshed in the background.
     */
    public PageAnswer<RegisterReport> register(RegisterRequest request, boolean fresh) {
        return run(request, true, fresh);
    }

    /** The register from what this server already knows (records, remembered statuses): never asks Jira. */
    public PageAnswer<RegisterReport> known(RegisterRequest request) {
        return run(request, false, false);
    }

    private PageAnswer<RegisterReport> run(RegisterRequest request, boolean askJira, boolean fresh) {
        Optional<Viewer> who = viewer.get();
        return query(request, who).fold(checked -> run(checked, who, askJira, fresh), PageAnswer::refused);
    }

    private PageAnswer<RegisterReport> run(Query checked, Optional<Viewer> who, boolean askJira, boolean fresh) {
        Optional<List<HostPage>> inScope = pagesOf(checked.scope());
        if (inScope.isEmpty()) {
            return bad("scope ‘" + checked.scope() + "’ is not offered by this host.");
        }
        List<HostPage> visible = inScope.get().stream()
                .filter(page -> permissions.currentViewerMay(Need.VIEW, page))
                .toList();
        if (visible.size() > MAX_PAGES) {
            return bad("scope ‘" + checked.scope() + "’ holds " + visible.size() + " pages; the register reads at most "
                    + MAX_PAGES + ": narrow it (children:PAGE-ID, label:NAME).");
        }
        try {
            return PageAnswer.done(report(checked, who, visible, askJira, fresh));
        } catch (SyncStateException e) {
            LOG.warn("The register over {} could not be answered: {}", checked.scope(), e.getMessage());
            return PageAnswer.refused(Refusal.of(Refusal.Reason.STATE_UNAVAILABLE, e.getMessage()));
        }
    }

    /** The scope's pages; for a scope relative to a page, none unless the viewer may view that page. */
    private Optional<List<HostPage>> pagesOf(RegisterScope scope) {
        Optional<Long> anchor = scope.page();
        if (anchor.isPresent()
                && pages.find(anchor.get())
                        .filter(page -> permissions.currentViewerMay(Need.VIEW, page))
                        .isEmpty()) {
            return Optional.of(List.of());
        }
        return scopes.pages(scope);
    }

    private RegisterReport report(
            Query query, Optional<Viewer> who, List<HostPage> visible, boolean askJira, boolean fresh) {
        List<RegisterPage> read = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (HostPage page : visible) {
            String id = String.valueOf(page.id());
            try {
                MeetingPage meeting = reader.readPage(id, parser.parse(page.storage()));
                read.add(new RegisterPage(page.title(), page.address(), meeting, store.records(id)));
            } catch (StorageFormatException e) {
                LOG.info("Page {} is left out of the register: {}", id, e.getMessage());
                unreadable.add(page.title());
            }
        }
        List<String> all = register.trackingKeys(read);
        List<String> keys = all.subList(0, Math.min(all.size(), MAX_KEYS));
        String viewerKey = who.map(Viewer::key).orElse(ANONYMOUS);
        JiraSite site = jira.site();
        Map<String, IssueStatus> known = new HashMap<>();
        Map<String, String> problems = new HashMap<>();
        Optional<URI> authorise = Optional.empty();
        if (site.configured() && !keys.isEmpty()) {
            if (askJira) {
                JiraSession session = jira.open();
                LiveStatuses.Answer answer = statuses.statuses(viewerKey, keys, fresh, session.tracker());
                authorise = session.authorisationUri();
                background.refreshLater(viewerKey, answer.stale());
                for (KeyStatus status : answer.statuses()) {
                    status.issue().ifPresent(issue -> known.put(status.key(), issue.status()));
                    wording.problem(status).ifPresent(words -> problems.put(status.key(), words));
                }
            } else {
                for (String key : keys) {
                    memory.get(viewerKey, key)
                            .flatMap(StatusMemory.Entry::lastKnown)
                            .ifPresent(issue -> known.put(key, issue.status()));
                }
            }
        }
        for (String key : all.subList(keys.size(), all.size())) {
            problems.put(key, "Not asked: the register shows more than " + MAX_KEYS + " Jira issues.");
        }
        LocalDate today = LocalDate.now(clock);
        List<RegisterEntry> entries = register.select(register.entries(read, known), query.filter(), today);
        LOG.debug(
                "Register over {} for {}: {} pages, {} keys, {} entries",
                query.scope(),
                viewerKey,
                read.size(),
                all.size(),
                entries.size());
        return new RegisterReport(
                query.scope(), query.filter(), today, clock.instant(), site, entries, problems, unreadable, authorise);
    }

    private record Query(RegisterScope scope, RegisterFilter filter) {}

    private static PageAnswer<Query> query(RegisterRequest request, Optional<Viewer> who) {
        Optional<RegisterScope> scope = RegisterScope.parse(request.scope());
        if (scope.isEmpty()) {
            return bad("scope ‘" + request.scope() + "’ is not a scope; allowed: " + RegisterScope.ALLOWED + ".");
        }
        RegisterFilter filter = RegisterFilter.all();
        String assignee = request.assignee().strip();
        if (assignee.equalsIgnoreCase("me")) {
            if (who.isEmpty()) {
                return bad("assignee ‘me’ needs someone signed in; give a username instead.");
            }
            filter = filter.withAssignee(who.get().name());
        } else if (!assignee.isEmpty()) {
            filter = filter.withAssignee(assignee);
        }
        String state = request.state().strip().toLowerCase(Locale.ROOT);
        switch (state) {
            case "" -> {}
            case "open" -> filter = filter.withState(RegisterFilter.State.OPEN);
            case "done" -> filter = filter.withState(RegisterFilter.State.DONE);
            default -> {
                return bad("state ‘" + request.state() + "’ is not a state; allowed: open or done.");
            }
        }
        switch (request.overdue().strip().toLowerCase(Locale.ROOT)) {
            case "", "false" -> {}
            case "true" -> filter = filter.overdueOnly();
            default -> {
                return bad("overdue ‘" + request.overdue() + "’ is neither true nor false.");
            }
        }
        String days = request.dueWithin().strip();
        if (!days.isEmpty()) {
            if (!days.matches("[0-9]{1,4}") || Integer.parseInt(days) > MAX_DAYS) {
                return bad(
                        "dueWithin ‘" + request.dueWithin() + "’ is not a number of days from 0 to " + MAX_DAYS + ".");
            }
            filter = filter.withDueWithin(Integer.parseInt(days));
        }
        String project = request.project().strip();
        if (!project.isEmpty()) {
            if (IssueKey.parse(project + "-1")
                    .filter(key -> key.projectKey().equals(project))
                    .isEmpty()) {
                return bad("project ‘" + request.project() + "’ is not a Jira project key (such as DM).");
            }
            filter = filter.withProject(project);
        }
        return PageAnswer.done(new Query(scope.get(), filter));
    }

    private static <T> PageAnswer<T> bad(String message) {
        return PageAnswer.refused(Refusal.of(Refusal.Reason.BAD_REQUEST, message));
    }
}

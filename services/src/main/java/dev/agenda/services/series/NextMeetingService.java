package dev.agenda.services.series;

import dev.agenda.core.series.ActionStates;
import dev.agenda.core.series.NextMeeting;
import dev.agenda.core.sync.Lock;
import dev.agenda.core.sync.LockUnavailableException;
import dev.agenda.core.sync.SyncRecord;
import dev.agenda.core.sync.SyncStateException;
import dev.agenda.core.sync.SyncStateStore;
import dev.agenda.core.tracker.Issue;
import dev.agenda.core.tracker.IssueTracker;
import dev.agenda.core.tracker.Result;
import dev.agenda.services.PageAnswer;
import dev.agenda.services.Refusal;
import dev.agenda.services.Texts;
import dev.agenda.services.jira.JiraAccess;
import dev.agenda.services.page.HostPage;
import dev.agenda.services.page.Need;
import dev.agenda.services.page.PageAccess;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Create next meeting": makes the next meeting's page from a page the viewer may edit, beside it, and links the two.
 * Which actions are still open is what Jira says of their issues (one batched look-up as the viewer), else what the
 * sync state last saw, else the task's box. Made once per date: a page already there with the new title is answered
 * as found, and two requests at once are one at a time (the page's lock {@code agenda-next:<pageId>}). Thread-safe.
 */
public final class NextMeetingService {

    private static final Logger LOG = LoggerFactory.getLogger(NextMeetingService.class);
    private static final Duration LOCK_WAIT = Duration.ofSeconds(10);

    private final PageAccess pages;
    private final PageCreation creation;
    private final SyncStateStore store;
    private final JiraAccess jira;
    private final Lock lock;
    private final Texts texts;

    public NextMeetingService(
            PageAccess pages, PageCreation creation, SyncStateStore store, JiraAccess jira, Lock lock, Texts texts) {
        this.pages = pages;
        this.creation = creation;
        this.store = store;
        this.jira = jira;
        this.lock = lock;
        this.texts = texts;
    }

    /**
     * Makes the next meeting's page for {@code date} (YYYY-MM-DD), or finds the one there already.
     *
     * @param pageId the previous meeting's page id, as the caller wrote it
     */
    public PageAnswer<NextMeetingPage> createNext(String pageId, String date) {
        LocalDate day;
        try {
            day = LocalDate.parse(date == null ? "" : date.strip());
        } catch (DateTimeParseException e) {
            return refused(Refusal.Reason.BAD_REQUEST, texts.text("next.bad-date", String.valueOf(date)));
        }
        PageAnswer<PageAccess.Ready> opened = pages.open(pageId, Need.EDIT);
        if (opened instanceof PageAnswer.Refused<PageAccess.Ready> refusal) {
            Refusal why = refusal.refusal();
            return why.reason() == Refusal.Reason.FORBIDDEN
                    ? refused(Refusal.Reason.FORBIDDEN, texts.text("next.forbidden", pageId))
                    : PageAnswer.refused(why);
        }
        PageAccess.Ready ready = ((PageAnswer.Done<PageAccess.Ready>) opened).value();
        Map<String, SyncRecord> records;
        try {
            records = store.records(ready.meeting().pageId());
        } catch (SyncStateException e) {
            return refused(Refusal.Reason.STATE_UNAVAILABLE, texts.text("next.state", e.getMessage()));
        }
        HostPage previous = ready.page();
        NextMeeting.NewPage made = NextMeeting.of(
                ready.meeting(),
                previous.title(),
                previous.address(),
                ActionStates.of(ready.meeting(), records, statuses(ActionStates.keysToAsk(ready.meeting(), records))),
                day);
        try {
            return lock.withLock("agenda-next:" + previous.id(), LOCK_WAIT, () -> write(previous, made));
        } catch (LockUnavailableException e) {
            return refused(Refusal.Reason.NOT_RECORDED, texts.text("next.busy"));
        }
    }

    private PageAnswer<NextMeetingPage> write(HostPage previous, NextMeeting.NewPage made) {
        Optional<HostPage> there = creation.pageTitled(previous, made.title());
        if (there.isPresent()) {
            return PageAnswer.done(found(there.get()));
        }
        HostPage next;
        try {
            next = creation.createBeside(previous, made.title(), made.storage());
        } catch (PageCreation.PageExistsException e) {
            return creation.pageTitled(previous, made.title())
                    .map(found -> PageAnswer.done(found(found)))
                    .orElseGet(() -> refused(Refusal.Reason.NOT_RECORDED, texts.text("next.busy")));
        }
        creation.linkToNext(previous, next);
        LOG.info(
                "made page {} ({}) as the next meeting after page {}, {} open actions carried",
                next.id(),
                next.title(),
                previous.id(),
                made.carried().size());
        return PageAnswer.done(new NextMeetingPage(true, next.id(), next.title(), next.address(), made.carried()));
    }

    private static NextMeetingPage found(HostPage page) {
        return new NextMeetingPage(false, page.id(), page.title(), page.address(), List.of());
    }

    /** Jira's answers for these keys, asked as the viewer in one look-up; none when Jira cannot be asked. */
    private Map<String, Result<Issue>> statuses(List<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Result<IssueTracker> tracker = jira.open().tracker();
        if (tracker instanceof Result.Failed<IssueTracker> failed) {
            LOG.info(
                    "Jira not asked for the next meeting's open actions: {}",
                    failed.error().message());
            return Map.of();
        }
        return tracker.value().issuesByKey(keys, List.of());
    }

    private static <T> PageAnswer<T> refused(Refusal.Reason reason, String message) {
        return PageAnswer.refused(Refusal.of(reason, message));
    }
}

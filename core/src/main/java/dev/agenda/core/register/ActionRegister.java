package dev.agenda.core.register;

import dev.agenda.core.actions.ActionItem;
import dev.agenda.core.actions.CarriedFrom;
import dev.agenda.core.agenda.Agenda;
import dev.agenda.core.issues.IssueKey;
import dev.agenda.core.page.MeetingPage;
import dev.agenda.core.sync.SyncRecord;
import dev.agenda.core.tracker.IssueStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The actions of many meeting pages as one register. Which issue tracks an action is the sync record's answer (else
 * the key the task carries); whether it is done is Jira's answer where the action has an issue whose status is known,
 * the last sync's where only that is known, and the page's tick otherwise — so an action ticked on the page but still
 * open in Jira is open. An action carried from meeting to meeting is listed once, at its latest meeting. Stateless
 * and thread-safe.
 */
public final class ActionRegister {

    /** Due date first (actions without one last), then meeting date, page title, page id and place on the page. */
    public static final Comparator<RegisterEntry> ORDER = Comparator.comparing(
                    (RegisterEntry entry) -> entry.action().due(), ActionRegister::dateOrder)
            .thenComparing(RegisterEntry::meetingDate, ActionRegister::dateOrder)
            .thenComparing(entry -> entry.page().title())
            .thenComparing(entry -> entry.page().pageId())
            .thenComparingInt(RegisterEntry::order);

    /** The issue keys tracking the pages' actions, each once, in page order: the keys to ask Jira about. */
    public List<String> trackingKeys(List<RegisterPage> pages) {
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        for (RegisterPage page : pages) {
            for (ActionItem action : page.meeting().actions()) {
                trackingKey(page, action).ifPresent(keys::add);
            }
        }
        return List.copyOf(keys);
    }

    /**
     * Every action of the pages, with what is known of its issue, in page order.
     *
     * @param statuses the issues' statuses as last seen in Jira, by key; keys without one are not known
     */
    public List<RegisterEntry> entries(List<RegisterPage> pages, Map<String, IssueStatus> statuses) {
        List<RegisterEntry> entries = new ArrayList<>();
        for (RegisterPage page : pages) {
            MeetingPage meeting = page.meeting();
            Optional<LocalDate> pageDate = meeting.agendas().stream()
                    .map(Agenda::day)
                    .flatMap(Optional::stream)
                    .findFirst();
            List<ActionItem> actions = meeting.actions();
            for (int i = 0; i < actions.size(); i++) {
                ActionItem action = actions.get(i);
                Optional<SyncRecord> record = Optional.ofNullable(page.records().get(action.id()));
                Optional<String> key = trackingKey(page, action);
                Optional<IssueStatus> status = key.map(statuses::get);
                boolean done = status.map(IssueStatus::isDone)
                        .or(() -> key.flatMap(unused -> record.map(SyncRecord::jiraDone)))
                        .orElse(action.isComplete());
                Optional<String> project =
                        key.flatMap(IssueKey::parse).map(IssueKey::projectKey).or(() -> agendaProject(meeting, action));
                entries.add(new RegisterEntry(
                        page, action, action.day().or(() -> pageDate), key, status, done, project, i));
            }
        }
        return latestOfEachAction(entries);
    }

    /**
     * One entry per action: a task carried into later meetings ({@link CarriedFrom}) is the action it carries, listed
     * once, where it stands now — its latest meeting's entry.
     */
    private static List<RegisterEntry> latestOfEachAction(List<RegisterEntry> entries) {
        Map<String, RegisterEntry> latest = new LinkedHashMap<>();
        for (RegisterEntry entry : entries) {
            String identity = CarriedFrom.originActionId(entry.action().task())
                    .orElse(entry.action().id());
            latest.merge(
                    identity, entry, (kept, other) -> isLater(other.meetingDate(), kept.meetingDate()) ? other : kept);
        }
        return List.copyOf(latest.values());
    }

    /** The entries {@code filter} accepts on {@code today}, in {@link #ORDER}. */
    public List<RegisterEntry> select(List<RegisterEntry> entries, RegisterFilter filter, LocalDate today) {
        return entries.stream()
                .filter(entry -> filter.accepts(entry, today))
                .sorted(ORDER)
                .toList();
    }

    /**
     * The issue that tracks the action: its sync record's, else the one it is known by, else the first issue its task
     * names, which is the issue the sync links it to (an action naming an existing issue never gets another).
     */
    private static Optional<String> trackingKey(RegisterPage page, ActionItem action) {
        return Optional.ofNullable(page.records().get(action.id()))
                .map(SyncRecord::issueKey)
                .or(action::jiraKey)
                .or(action::namedIssue);
    }

    /** The project of the agenda the action was written in; for one outside every agenda, the page's first one's. */
    private static Optional<String> agendaProject(MeetingPage meeting, ActionItem action) {
        Optional<String> inside = meeting.agendas().stream()
                .filter(agenda -> meeting.actionsIn(agenda).contains(action))
                .findFirst()
                .flatMap(agenda -> agenda.parameters().project());
        return inside.or(() -> meeting.agendas().stream()
                .map(agenda -> agenda.parameters().project())
                .flatMap(Optional::stream)
                .findFirst());
    }

    private static boolean isLater(Optional<LocalDate> date, Optional<LocalDate> than) {
        return date.isPresent() && (than.isEmpty() || date.get().isAfter(than.get()));
    }

    private static int dateOrder(Optional<LocalDate> a, Optional<LocalDate> b) {
        if (a.isPresent() && b.isPresent()) {
            return a.get().compareTo(b.get());
        }
        return Boolean.compare(a.isEmpty(), b.isEmpty());
    }
}

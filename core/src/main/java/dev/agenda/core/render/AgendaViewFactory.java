package dev.agenda.core.render;

import dev.agenda.core.actions.ActionItem;
import dev.agenda.core.agenda.Agenda;
import dev.agenda.core.agenda.AgendaColumn;
import dev.agenda.core.agenda.AgendaEntry;
import dev.agenda.core.agenda.AgendaTable;
import dev.agenda.core.agenda.ColumnRole;
import dev.agenda.core.issues.IssueKey;
import dev.agenda.core.page.MeetingPage;
import dev.agenda.core.schedule.ClockFormat;
import dev.agenda.core.schedule.ScheduledItem;
import dev.agenda.core.storage.StorageElement;
import dev.agenda.core.storage.StorageNode;
import dev.agenda.core.text.PlainText;
import dev.agenda.core.users.Person;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns an {@link Agenda} into the {@link AgendaView} its template shows: computes every label and class, and
 * renders every cell's content through the {@link StorageHtmlRenderer}. Not thread-safe (holds one render).
 */
final class AgendaViewFactory {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private final RenderContext context;
    private final MeetingPage page;
    private final StorageHtmlRenderer content;

    AgendaViewFactory(RenderContext context, MeetingPage page, StorageHtmlRenderer content) {
        this.context = context;
        this.page = page;
        this.content = content;
    }

    AgendaView view(Agenda agenda) {
        ZoneId zone = agenda.parameters().zone();
        Optional<AgendaTable> table = agenda.table();
        Optional<AgendaEntry> running = agenda.runningAt(context.now());
        boolean showSchedule = table.map(t -> t.has(ColumnRole.TIME) || t.has(ColumnRole.DURATION))
                        .orElse(false)
                || agenda.parameters().start().isPresent();
        boolean hasChair = table.map(t -> t.has(ColumnRole.CHAIR)).orElse(false);
        boolean hasNotes = table.map(t -> t.has(ColumnRole.NOTES)).orElse(false);
        List<String> otherHeaders = table.map(
                        t -> t.otherColumns().stream().map(AgendaColumn::header).toList())
                .orElse(List.of());
        int columnCount = (showSchedule ? 2 : 0) + 1 + (hasChair ? 1 : 0) + (hasNotes ? 1 : 0) + otherHeaders.size();

        List<AgendaView.Row> rows = new ArrayList<>();
        for (AgendaEntry entry : agenda.entries()) {
            // The running entry is this very row: two rows may read alike (a repeated "Break") and still be two.
            @SuppressWarnings("ReferenceEquality")
            boolean now = running.filter(r -> r == entry).isPresent();
            rows.add(entry.isSection() ? sectionRow(entry, zone) : itemRow(agenda, entry, now, zone));
        }
        return new AgendaView(
                agenda.parameters().title(),
                caption(agenda),
                metaParts(agenda),
                agenda.warnings(),
                showSchedule,
                hasChair,
                hasNotes,
                header(agenda, ColumnRole.TOPIC, "Topic"),
                header(agenda, ColumnRole.CHAIR, "Chair"),
                header(agenda, ColumnRole.NOTES, "Notes"),
                otherHeaders,
                columnCount,
                rows,
                around(agenda, true, zone),
                around(agenda, false, zone),
                actions(page.actionsIn(agenda), zone),
                agenda.day().map(LocalDate::toString).orElse(""),
                zone.getId(),
                page.pageId(),
                context.live());
    }

    private AgendaView.Row sectionRow(AgendaEntry entry, ZoneId zone) {
        return new AgendaView.Row(
                true,
                "agenda-section",
                "",
                "",
                content.renderContent(entry.row().tableRow(), zone),
                SafeHtml.EMPTY,
                SafeHtml.EMPTY,
                List.of(),
                List.of(),
                false,
                "",
                "");
    }

    private AgendaView.Row itemRow(Agenda agenda, AgendaEntry entry, boolean now, ZoneId zone) {
        ScheduledItem item = entry.schedule();
        List<SafeHtml> others = new ArrayList<>();
        for (Optional<StorageElement> cell : entry.row().otherCells()) {
            others.add(cell.map(c -> content.renderContent(c, zone)).orElse(SafeHtml.EMPTY));
        }
        StringBuilder classes = new StringBuilder("agenda-item");
        if (item.kind() == ScheduledItem.Kind.MARKER) {
            classes.append(" agenda-item--marker");
        }
        if (item.kind() == ScheduledItem.Kind.TO_BE_DECIDED) {
            classes.append(" agenda-item--tbd");
        }
        if (now) {
            classes.append(" agenda-item--now");
        }
        if (!item.warnings().isEmpty()) {
            classes.append(" agenda-item--warning");
        }
        return new AgendaView.Row(
                false,
                classes.toString(),
                entry.timeText(),
                durationLabel(item),
                cell(entry, ColumnRole.TOPIC, zone),
                cell(entry, ColumnRole.CHAIR, zone),
                cell(entry, ColumnRole.NOTES, zone),
                others,
                item.warnings(),
                now,
                item.start().map(start -> instant(agenda, start)).orElse(""),
                item.end().map(end -> instant(agenda, end)).orElse(""));
    }

    private SafeHtml cell(AgendaEntry entry, ColumnRole role, ZoneId zone) {
        return entry.row().cell(role).map(c -> content.renderContent(c, zone)).orElse(SafeHtml.EMPTY);
    }

    private static String durationLabel(ScheduledItem item) {
        return item.duration().map(ClockFormat::duration).orElse("");
    }

    /** The instant a time of the agenda's day stands for, as ISO-8601 text; empty when the agenda has no date. */
    private static String instant(Agenda agenda, LocalTime time) {
        return agenda.instantOf(time).map(Object::toString).orElse("");
    }

    private static String caption(Agenda agenda) {
        String day = agenda.day().map(DAY::format).orElse("");
        String title = agenda.parameters().title();
        String of = String.join(
                ", ", List.of(title, day).stream().filter(s -> !s.isEmpty()).toList());
        return of.isEmpty() ? "Agenda" : "Agenda: " + of;
    }

    private static List<String> metaParts(Agenda agenda) {
        List<String> parts = new ArrayList<>();
        agenda.day().map(DAY::format).ifPresent(parts::add);
        var schedule = agenda.schedule();
        if (schedule.dayStart().isPresent() && schedule.dayEnd().isPresent()) {
            parts.add(ClockFormat.time(schedule.dayStart().get()) + "–"
                    + ClockFormat.time(schedule.dayEnd().get()));
        }
        schedule.total().ifPresent(total -> parts.add(ClockFormat.duration(total) + " in all"));
        parts.add(agenda.parameters().zone().getId());
        agenda.parameters().project().ifPresent(project -> parts.add("Actions go to Jira project " + project));
        return parts;
    }

    /** The header the agenda's table gives the column, or {@code fallback} when it has none. */
    private static String header(Agenda agenda, ColumnRole role, String fallback) {
        return agenda.table()
                .flatMap(t -> t.column(role))
                .map(AgendaColumn::header)
                .filter(h -> !h.isEmpty())
                .orElse(fallback);
    }

    /** The body's content before (or after) the table: an author's introduction or closing notes. */
    private SafeHtml around(Agenda agenda, boolean before, ZoneId zone) {
        if (agenda.table().isEmpty()) {
            return before ? content.renderContent(agenda.body(), zone) : SafeHtml.EMPTY;
        }
        StorageElement table = agenda.table().get().table();
        List<StorageNode> part = new ArrayList<>();
        boolean seen = false;
        for (StorageNode node : agenda.body().children()) {
            if (node == table || (node instanceof StorageElement element && contains(element, table))) {
                seen = true;
                continue;
            }
            if (seen != before) {
                part.add(node);
            }
        }
        return content.renderNodes(part, zone);
    }

    private static boolean contains(StorageElement scope, StorageElement target) {
        boolean[] found = {false};
        scope.visitDescendants(element -> found[0] |= element == target);
        return found[0];
    }

    private List<AgendaView.Action> actions(List<ActionItem> actions, ZoneId zone) {
        LocalDate today = context.now().atZone(zone).toLocalDate();
        List<AgendaView.Action> views = new ArrayList<>();
        for (ActionItem action : actions) {
            HtmlWriter assignees = new HtmlWriter();
            for (Person person : action.assignees()) {
                PeopleHtml.write(person, assignees);
            }
            boolean overdue = !action.isComplete()
                    && action.due().filter(due -> due.isBefore(today)).isPresent();
            LiveStatus live = context.live();
            views.add(new AgendaView.Action(
                    action.id(),
                    action.isComplete(),
                    action.isComplete() ? "Done" : "To do",
                    action.isComplete() ? "aui-lozenge aui-lozenge-success" : "aui-lozenge",
                    action.text(),
                    assignees.toSafeHtml(),
                    issues(action),
                    action.due().map(PlainText::date).orElse(""),
                    action.due().map(LocalDate::toString).orElse(""),
                    overdue ? "agenda-date agenda-date--overdue" : "agenda-date",
                    action.topic().orElse(""),
                    live.enabled() && live.canEdit(),
                    "Done: " + action.text()));
        }
        return views;
    }

    /** The Jira cell: on a live page the issue tracking the action (or that there is none yet); then its references. */
    private SafeHtml issues(ActionItem action) {
        HtmlWriter html = new HtmlWriter();
        LiveStatus live = context.live();
        Optional<String> tracking = live.trackingIssue(action.id()).or(action::jiraKey);
        if (live.enabled()) {
            Optional<IssueKey> trackingKey = tracking.flatMap(IssueKey::parse);
            if (trackingKey.isPresent()) {
                IssueHtml.writeTracking(trackingKey.get(), action.id(), context.issueLinks(), html);
            } else {
                html.element(
                        "span", "Not in Jira yet", "class", "agenda-not-in-jira", "data-not-in-jira-for", action.id());
            }
        }
        for (IssueKey key : action.issueKeys()) {
            if (!live.enabled() || tracking.filter(key.toString()::equals).isEmpty()) {
                IssueHtml.write(key, context.issueLinks(), html);
            }
        }
        Optional<IssueKey> named = action.issueKeys().stream().findFirst();
        boolean linksNamed = tracking.isEmpty() || tracking.equals(named.map(IssueKey::toString));
        if (live.enabled() && live.jiraConnected() && named.isPresent() && linksNamed) {
            // The one rule for an issue the page did not create, said where the user ticks (ActionUpkeep keeps it).
            html.element(
                    "span",
                    "Ticking this task does not move " + named.get() + ": the page only moves issues it created.",
                    "class",
                    "agenda-issue-rule");
        }
        return html.toSafeHtml();
    }
}

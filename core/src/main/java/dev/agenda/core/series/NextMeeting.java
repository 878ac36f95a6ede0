package dev.agenda.core.series;

import dev.agenda.core.actions.ActionItem;
import dev.agenda.core.actions.CarriedFrom;
import dev.agenda.core.agenda.Agenda;
import dev.agenda.core.agenda.AgendaRow;
import dev.agenda.core.agenda.AgendaTable;
import dev.agenda.core.agenda.ColumnRole;
import dev.agenda.core.page.MeetingPage;
import dev.agenda.core.page.MeetingPageReader;
import dev.agenda.core.storage.StorageBuilder;
import dev.agenda.core.storage.StorageElement;
import dev.agenda.core.storage.StorageNode;
import dev.agenda.core.storage.StorageText;
import dev.agenda.core.storage.StorageWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Makes the next meeting's page from the last one. The new page has, in order: its title as a heading, where the last
 * page had a heading; a link to the previous page; the same agendas with every parameter, the first on the new date
 * and any others moved by the same number of days, the same Time, Topic and Chair cells, the Notes cells emptied, no
 * tasks, and new macro ids; and, in the first agenda after its table (so that its actions are synced to that agenda's
 * project), a section "Open actions from <previous title>" with a task for every action still open.
 *
 * <p>An action is open when Jira says its issue is open, whatever the box on the page says; when Jira says it is done
 * it is not carried; when Jira was not asked or could not say, the box decides. A carried task keeps the words, people
 * and date of the task it carries (its body, copied), names its issue's key when it has one (so a sync links it to
 * that issue and makes no other), and links to the meeting it was first written in ({@link CarriedFrom}), a link a
 * task carried again keeps. The result is a pure function of its inputs, macro ids included, so making the page twice
 * makes the same page. Thread-safe.
 */
public final class NextMeeting {

    /** An action carried over: its original action's id, its words, and the issue it names, if any. */
    public record Carried(String originActionId, String text, Optional<String> issueKey) {

        public Carried {
            Objects.requireNonNull(originActionId, "originActionId");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(issueKey, "issueKey");
        }
    }

    /**
     * The next meeting's page.
     *
     * @param title   the new page's title
     * @param date    the new page's (first agenda's) date
     * @param storage the new page in storage format
     * @param carried the actions carried over, in the previous page's order
     */
    public record NewPage(String title, LocalDate date, String storage, List<Carried> carried) {

        public NewPage {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(storage, "storage");
            carried = List.copyOf(carried);
        }
    }

    private NextMeeting() {}

    /**
     * The next meeting's page.
     *
     * @param previous        the last meeting's page, as read
     * @param previousTitle   its title, for the new title and the carried section's heading
     * @param previousAddress its address, which the new page and each task carried from it link to
     * @param states          what is known of each action beyond the page, by action id; an action not in it is
     *                        decided by its box
     * @param date            the new meeting's date
     */
    public static NewPage of(
            MeetingPage previous,
            String previousTitle,
            String previousAddress,
            Map<String, ActionState> states,
            LocalDate date) {
        Optional<LocalDate> previousDate = previous.agendas().stream()
                .map(Agenda::day)
                .flatMap(Optional::stream)
                .findFirst();
        long shift = previousDate.map(day -> ChronoUnit.DAYS.between(day, date)).orElse(0L);
        String title = previousDate
                .filter(day -> previousTitle.contains(day.toString()))
                .map(day -> previousTitle.replace(day.toString(), date.toString()))
                .orElse(previousTitle + " " + date);
        Ids ids = new Ids(date);
        List<StorageNode> nodes = new ArrayList<>();
        if (!previous.root().descendants("h1").isEmpty()) {
            // A page that shows its title as a heading (as the preview host's page files are titled) keeps doing so.
            nodes.add(StorageBuilder.element("h1", title));
        }
        nodes.add(StorageBuilder.element(
                "p",
                List.of(
                        StorageBuilder.text("Previous meeting: "),
                        StorageBuilder.element(
                                "a", Map.of("href", previousAddress), List.of(StorageBuilder.text(previousTitle))))));
        List<Carried> carried = new ArrayList<>();
        List<StorageNode> tasks = new ArrayList<>();
        for (ActionItem action : previous.actions()) {
            ActionState state = states.getOrDefault(action.id(), ActionState.NOTHING_KNOWN);
            boolean open = switch (state.jira()) {
                case OPEN -> true;
                case DONE -> false;
                case UNKNOWN -> !action.isComplete();
            };
            if (!open) {
                continue;
            }
            Optional<String> key = state.issueKey().or(action::jiraKey).or(action::namedIssue);
            String origin = CarriedFrom.originActionId(action.task()).orElse(action.id());
            carried.add(new Carried(origin, action.text(), key));
            tasks.add(carriedTask(action, key, previousTitle, previousAddress, tasks.size() + 1, ids));
        }
        List<StorageNode> section = List.of(
                StorageBuilder.element("h2", "Open actions from " + previousTitle),
                tasks.isEmpty()
                        ? StorageBuilder.element("p", "No actions were open.")
                        : StorageBuilder.element("ac:task-list", tasks));
        boolean first = true;
        for (StorageElement macro : previous.root().descendants()) {
            if (!macro.isMacro(MeetingPageReader.AGENDA_MACRO)) {
                continue;
            }
            Optional<Agenda> agenda = previous.agendaOf(macro);
            Set<StorageElement> notes = notesCells(agenda);
            boolean setDate = first && agenda.flatMap(Agenda::day).isEmpty();
            // The carried actions go into the first agenda, after its table, so that they are synced to its project.
            nodes.add(
                    new AgendaCopy(ids, shift, notes, setDate ? date : null, first ? section : List.of()).copy(macro));
            first = false;
        }
        if (first) {
            nodes.addAll(section);
        }
        StringBuilder storage = new StringBuilder();
        for (StorageNode node : nodes) {
            storage.append(StorageWriter.write(node)).append('\n');
        }
        return new NewPage(title, date, storage.toString(), carried);
    }

    private static Set<StorageElement> notesCells(Optional<Agenda> agenda) {
        Set<StorageElement> cells = Collections.newSetFromMap(new IdentityHashMap<>());
        agenda.flatMap(Agenda::table).map(AgendaTable::rows).orElse(List.of()).stream()
                .filter(row -> row.kind() == AgendaRow.Kind.ITEM)
                .forEach(row -> row.cell(ColumnRole.NOTES).ifPresent(cells::add));
        return cells;
    }

    private static StorageElement carriedTask(
            ActionItem action,
            Optional<String> key,
            String previousTitle,
            String previousAddress,
            int taskId,
            Ids ids) {
        StorageElement body = action.task().firstChild("ac:task-body").orElse(action.task());
        List<StorageNode> words = new ArrayList<>();
        AgendaCopy copier = new AgendaCopy(ids, 0, Set.of(), null, List.of());
        for (StorageNode node : body.children()) {
            words.add(copier.copyNode(node));
        }
        boolean named = key.isPresent()
                && action.issueKeys().stream().map(Object::toString).anyMatch(key.get()::equals);
        if (key.isPresent() && !named) {
            words.add(StorageBuilder.text(" "));
            words.add(jiraMacro(key.get(), ids));
        }
        if (CarriedFrom.originActionId(action.task()).isEmpty()) {
            words.add(StorageBuilder.text(" "));
            words.add(StorageBuilder.element(
                    "a",
                    Map.of("href", CarriedFrom.address(previousAddress, action.id())),
                    List.of(StorageBuilder.text("(from " + previousTitle + ")"))));
        }
        return StorageBuilder.element(
                "ac:task",
                List.of(
                        StorageBuilder.element("ac:task-id", String.valueOf(taskId)),
                        StorageBuilder.element("ac:task-status", "incomplete"),
                        StorageBuilder.element("ac:task-body", words)));
    }

    private static StorageElement jiraMacro(String key, Ids ids) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("ac:name", "jira");
        attributes.put("ac:schema-version", "1");
        attributes.put("ac:macro-id", ids.next("jira:" + key));
        return StorageBuilder.element(
                "ac:structured-macro",
                attributes,
                List.of(StorageBuilder.element(
                        "ac:parameter", Map.of("ac:name", "key"), List.of(StorageBuilder.text(key)))));
    }

    /** New macro ids, the same for the same page made for the same date. */
    private static final class Ids {
        private final LocalDate date;
        private int count;

        Ids(LocalDate date) {
            this.date = date;
        }

        String next(String was) {
            count++;
            return UUID.nameUUIDFromBytes((was + "@" + date + "#" + count).getBytes(StandardCharsets.UTF_8))
                    .toString();
        }
    }

    /** Copies an agenda macro (or a task's words) as the next meeting has it. */
    private static final class AgendaCopy {
        private final Ids ids;
        private final long shift;
        private final Set<StorageElement> emptied;
        private final @Nullable LocalDate dateToSet;
        private final List<StorageNode> addedToBody;

        AgendaCopy(
                Ids ids,
                long shift,
                Set<StorageElement> emptied,
                @Nullable LocalDate dateToSet,
                List<StorageNode> addedToBody) {
            this.ids = ids;
            this.shift = shift;
            this.emptied = emptied;
            this.dateToSet = dateToSet;
            this.addedToBody = addedToBody;
        }

        StorageElement copy(StorageElement macro) {
            List<StorageNode> children = new ArrayList<>();
            boolean dateAdded = macro.childElements().stream().anyMatch(AgendaCopy::isDateParameter);
            for (StorageNode child : macro.children()) {
                if (dateToSet != null
                        && !dateAdded
                        && child instanceof StorageElement element
                        && element.is("ac:rich-text-body")) {
                    children.add(StorageBuilder.element(
                            "ac:parameter",
                            Map.of("ac:name", "date"),
                            List.of(StorageBuilder.text(dateToSet.toString()))));
                    dateAdded = true;
                }
                if (child instanceof StorageElement parameter && isDateParameter(parameter)) {
                    children.add(movedDate(parameter));
                } else if (child instanceof StorageElement body && body.is("ac:rich-text-body")) {
                    List<StorageNode> content = new ArrayList<>(copyChildren(body));
                    content.addAll(addedToBody);
                    children.add(StorageBuilder.element(body.name(), body.attributes(), content));
                } else {
                    StorageNode copied = copyNode(child);
                    if (copied != null) {
                        children.add(copied);
                    }
                }
            }
            return StorageBuilder.element(macro.name(), newIds(macro), children);
        }

        @Nullable
        StorageNode copyNode(StorageNode node) {
            if (node instanceof StorageText text) {
                return StorageBuilder.text(text.text());
            }
            StorageElement element = (StorageElement) node;
            if (element.is("ac:task-list")) {
                return null; // the tasks still open are carried into a section of their own
            }
            if (emptied.contains(element)) {
                return StorageBuilder.element(element.name(), element.attributes(), List.of());
            }
            return StorageBuilder.element(element.name(), newIds(element), copyChildren(element));
        }

        private List<StorageNode> copyChildren(StorageElement element) {
            List<StorageNode> children = new ArrayList<>();
            for (StorageNode child : element.children()) {
                StorageNode copied = copyNode(child);
                if (copied != null) {
                    children.add(copied);
                }
            }
            return children;
        }

        private Map<String, String> newIds(StorageElement element) {
            Optional<String> was = element.attribute("ac:macro-id");
            if (was.isEmpty()) {
                return element.attributes();
            }
            Map<String, String> attributes = new LinkedHashMap<>(element.attributes());
            attributes.put("ac:macro-id", ids.next(was.get()));
            return attributes;
        }

        private static boolean isDateParameter(StorageElement element) {
            return element.is("ac:parameter")
                    && element.attribute("ac:name").filter("date"::equals).isPresent();
        }

        private StorageElement movedDate(StorageElement parameter) {
            if (dateToSet != null) {
                return StorageBuilder.element(
                        parameter.name(), parameter.attributes(), List.of(StorageBuilder.text(dateToSet.toString())));
            }
            String written = parameter.textContent().strip();
            String moved;
            try {
                moved = LocalDate.parse(written).plusDays(shift).toString();
            } catch (java.time.format.DateTimeParseException unreadable) {
                moved = written; // the agenda already warns about it; the author fixes it on the new page
            }
            return StorageBuilder.element(
                    parameter.name(), parameter.attributes(), List.of(StorageBuilder.text(moved)));
        }
    }
}

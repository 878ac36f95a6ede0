package dev.agenda.core.agenda;

import dev.agenda.core.schedule.DaySchedule;
import dev.agenda.core.schedule.ScheduledItem;
import dev.agenda.core.storage.SourcePosition;
import dev.agenda.core.storage.StorageElement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One agenda macro, read and computed: its parameters, its table's rows with their schedule, and the warnings
 * that concern the agenda as a whole (bad parameters, no table, durations without a start). Immutable.
 *
 * @param body     the macro's rich-text body, for the content around the table
 * @param position where the macro stands in the page (unknown for a macro body passed in by Confluence)
 */
public record Agenda(
        AgendaParameters parameters,
        Optional<AgendaTable> table,
        List<AgendaEntry> entries,
        DaySchedule schedule,
        List<String> warnings,
        StorageElement body,
        SourcePosition position) {

    public Agenda {
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(table, "table");
        entries = List.copyOf(entries);
        Objects.requireNonNull(schedule, "schedule");
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(position, "position");
    }

    /** The agenda items (rows that are not section headings), in order. */
    public List<AgendaEntry> items() {
        return entries.stream().filter(entry -> !entry.isSection()).toList();
    }

    public Optional<LocalDate> day() {
        return parameters.date();
    }

    /** The entry of the row whose table row this is, if the row belongs to this agenda. */
    public Optional<AgendaEntry> entryOf(StorageElement tableRow) {
        return entries.stream()
                .filter(entry -> entry.row().tableRow() == tableRow)
                .findFirst();
    }

    /**
     * The item running at the given instant, in the agenda's own timezone on its date. Markers and items with no
     * known end never run; an agenda without a date has no item running.
     */
    public Optional<AgendaEntry> runningAt(Instant now) {
        if (parameters.date().isEmpty()) {
            return Optional.empty();
        }
        LocalDate date = parameters.date().get();
        for (AgendaEntry entry : entries) {
            ScheduledItem item = entry.schedule();
            if (item.kind() != ScheduledItem.Kind.SLOT
                    || item.start().isEmpty()
                    || item.end().isEmpty()) {
                continue;
            }
            if (!now.isBefore(instant(date, item.start().get()))
                    && now.isBefore(instant(date, item.end().get()))) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /** The instant a time of this agenda's day stands for, when the agenda has a date. */
    public Optional<Instant> instantOf(LocalTime time) {
        return parameters.date().map(date -> instant(date, time));
    }

    private Instant instant(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(parameters.zone()).toInstant();
    }
}

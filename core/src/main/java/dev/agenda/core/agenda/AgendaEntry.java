package dev.agenda.core.agenda;

import dev.agenda.core.schedule.ScheduledItem;
import java.util.Objects;

/**
 * A row of the agenda with what was computed for it: its topic as readable text and its place in the day.
 * Section rows are {@link ScheduledItem.Kind#UNSCHEDULED} and carry no warnings.
 */
public record AgendaEntry(AgendaRow row, String topic, ScheduledItem schedule) {

    public AgendaEntry {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(schedule, "schedule");
    }

    public boolean isSection() {
        return row.kind() == AgendaRow.Kind.SECTION;
    }
}

package dev.agenda.core.agenda;

import dev.agenda.core.schedule.ClockFormat;
import dev.agenda.core.schedule.ScheduledItem;
import dev.agenda.core.storage.StorageNode;
import dev.agenda.core.text.PlainText;
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

    /**
     * The item's time as people read it: "09:00–09:30" (or "09:00" without an end), "time to be decided" for TBD, TBC
     * or ? in the cell (the author's intent in words, not their abbreviation), else what the Time cell says as written
     * (empty for none).
     */
    public String timeText() {
        if (schedule.kind() == ScheduledItem.Kind.TO_BE_DECIDED) {
            return "time to be decided";
        }
        if (schedule.start().isEmpty()) {
            return row.cell(ColumnRole.TIME)
                    .map(StorageNode::textContent)
                    .map(PlainText::collapse)
                    .orElse("");
        }
        String start = ClockFormat.time(schedule.start().get());
        return schedule.end().map(end -> start + "–" + ClockFormat.time(end)).orElse(start);
    }
}

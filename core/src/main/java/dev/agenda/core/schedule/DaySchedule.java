package dev.agenda.core.schedule;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * The computed schedule of one agenda: an item per row, in row order, and the day's span from the first start
 * to the meeting's end (its closing marker, else its last marker or the end of its last slot).
 * Warnings that concern the whole agenda rather than a row are in {@link #warnings()}.
 */
public record DaySchedule(
        List<ScheduledItem> items, Optional<LocalTime> dayStart, Optional<LocalTime> dayEnd, List<String> warnings) {

    public DaySchedule {
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
    }

    /** The length of the meeting day, when both ends are known. */
    public Optional<Duration> total() {
        if (dayStart.isEmpty() || dayEnd.isEmpty() || dayEnd.get().isBefore(dayStart.get())) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(dayStart.get(), dayEnd.get()));
    }
}

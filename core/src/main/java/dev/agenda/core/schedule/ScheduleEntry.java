package dev.agenda.core.schedule;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One agenda row as the schedule sees it: what its time and duration cells say, and whether its topic closes
 * the meeting (Finish, Close, Adjourn, …), which makes a row without a duration a marker rather than a slot.
 *
 * @param durationText the duration cell as written; blank when the table has no duration column
 */
public record ScheduleEntry(TimeCell time, Optional<Duration> duration, String durationText, boolean closing) {

    public ScheduleEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(durationText, "durationText");
    }

    /** The duration cell says something, but not a duration. */
    public boolean durationUnreadable() {
        return duration.isEmpty() && !durationText.isBlank();
    }
}

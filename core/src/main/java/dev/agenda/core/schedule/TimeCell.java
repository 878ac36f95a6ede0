package dev.agenda.core.schedule;

import java.time.LocalTime;
import java.util.Optional;

/**
 * What an agenda's time cell says: nothing, a start time, a start and end, a placeholder for a time to be decided,
 * or something that is not a time
 * (kept as written, with the reason it could not be read).
 */
public sealed interface TimeCell {

    /** The cell is empty. */
    record Blank() implements TimeCell {}

    /** A single time, the item's start. */
    record At(LocalTime start) implements TimeCell {}

    /** A range, {@code 09:00–09:30}. */
    record Range(LocalTime start, LocalTime end) implements TimeCell {}

    /**
     * A placeholder saying the time is not fixed yet ({@code TBD}, {@code TBC}, {@code TBA}, {@code ?}), kept as
     * written. Authors write these on purpose, so they are not mistakes to warn about.
     */
    record ToBeDecided(String text) implements TimeCell {}

    /** Text that is not a time, such as {@code after lunch}. */
    record Unreadable(String text) implements TimeCell {}

    default Optional<LocalTime> startTime() {
        if (this instanceof At at) {
            return Optional.of(at.start());
        }
        if (this instanceof Range range) {
            return Optional.of(range.start());
        }
        return Optional.empty();
    }

    default Optional<LocalTime> endTime() {
        return this instanceof Range range ? Optional.of(range.end()) : Optional.empty();
    }
}

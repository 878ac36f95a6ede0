package dev.agenda.core.schedule;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * An agenda row's computed place in the day. A slot has a start and, where it can be known, an end; a marker
 * (Finish, Close, or the last row without a duration) has a start only; an unscheduled row has neither, and its
 * warnings say why; a row whose time is to be decided has neither, on purpose. Warnings are complete sentences
 * meant for the page author.
 */
public record ScheduledItem(Kind kind, Optional<LocalTime> start, Optional<LocalTime> end, List<String> warnings) {

    /** How a row takes part in the day. */
    public enum Kind {
        SLOT,
        MARKER,
        UNSCHEDULED,
        /** Its time cell says the time is not decided yet ({@code TBD}): not placed, and not a mistake. */
        TO_BE_DECIDED
    }

    public ScheduledItem {
        warnings = List.copyOf(warnings);
    }

    public Optional<Duration> duration() {
        if (start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(start.get(), end.get()));
    }
}

package dev.agenda.core.schedule;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Computes start, end and duration for every agenda row, and the day's span.
 *
 * <p>A row starts at its time cell; a row without one continues from the previous row's known end (a range or
 * a duration), or from the agenda's {@code start} for the first row. A row ends at its range end, at its start
 * plus its duration, or else at the next row's start. A row without a duration that closes the meeting
 * (Finish, Close) or has no scheduled row after it is a marker, not a zero-minute slot.
 *
 * <p>Problems never stop the computation: a row that cannot be placed is unscheduled with a warning and its
 * neighbours are still placed; a time to be decided ({@code TBD}) is not placed and not warned about; overlaps
 * and times that go backwards are reported on the row concerned. Stateless.
 */
public final class ScheduleCalculator {

    /**
     * Places every row of one day's table in time: its start, its end and whether it overruns the next.
     *
     * @param entries      the rows, in table order
     * @param agendaStart  the macro's {@code start} parameter, used when the first rows give no time; null when it
     *                     has none
     * @param hasTimeColumn whether the table has a time column at all (if not, only durations place rows)
     */
    public DaySchedule compute(List<ScheduleEntry> entries, @Nullable LocalTime agendaStart, boolean hasTimeColumn) {
        int count = entries.size();
        LocalTime[] starts = new LocalTime[count];
        LocalTime[] explicitEnds = new LocalTime[count];
        List<List<String>> warnings = new ArrayList<>();
        List<String> agendaWarnings = new ArrayList<>();

        placeStarts(entries, agendaStart, hasTimeColumn, starts, explicitEnds, warnings, agendaWarnings);

        List<ScheduledItem> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(finish(entries, i, starts, explicitEnds, warnings.get(i)));
        }
        return new DaySchedule(items, dayStart(items), dayEnd(entries, items), agendaWarnings);
    }

    private static void placeStarts(
            List<ScheduleEntry> entries,
            @Nullable LocalTime agendaStart,
            boolean hasTimeColumn,
            LocalTime[] starts,
            LocalTime[] explicitEnds,
            List<List<String>> warnings,
            List<String> agendaWarnings) {
        LocalTime chainEnd = agendaStart;
        LocalTime previousStart = null;
        boolean missingStartReported = false;
        for (int i = 0; i < entries.size(); i++) {
            ScheduleEntry entry = entries.get(i);
            List<String> rowWarnings = new ArrayList<>();
            warnings.add(rowWarnings);
            if (entry.durationUnreadable()) {
                rowWarnings.add("‘" + entry.durationText().strip() + "’ is not a duration; write it as 10 min, "
                        + "1 h 15 min or 1:15.");
            }
            TimeCell time = entry.time();
            LocalTime start = null;
            LocalTime explicitEnd = null;
            if (time instanceof TimeCell.ToBeDecided) {
                // Deliberately open: no warning, and the rows after it cannot count on from it.
            } else if (time instanceof TimeCell.Unreadable unreadable) {
                rowWarnings.add(
                        "‘" + unreadable.text() + "’ is not a time; write it as 09:30, 9:30 AM or " + "09:30–10:00.");
            } else if (time instanceof TimeCell.Blank) {
                if (chainEnd != null) {
                    start = chainEnd;
                } else if (hasTimeColumn) {
                    rowWarnings.add(
                            i == 0 || previousStart == null
                                    ? "No time is given for this item."
                                    : "No time is given for this item, and the item before it has no duration to "
                                            + "count on from.");
                } else if (entry.duration().isPresent() && !missingStartReported) {
                    agendaWarnings.add("The table gives durations but no times: set the agenda’s start "
                            + "parameter (HH:mm) to compute them.");
                    missingStartReported = true;
                }
            } else {
                start = time.startTime().orElseThrow();
            }
            if (start != null) {
                explicitEnd = explicitEnd(entry, start, rowWarnings);
                if (previousStart != null && start.isBefore(previousStart)) {
                    rowWarnings.add("Starts at " + ClockFormat.time(start) + ", before the previous item ("
                            + ClockFormat.time(previousStart) + ").");
                }
                previousStart = start;
            }
            starts[i] = start;
            explicitEnds[i] = explicitEnd;
            chainEnd = explicitEnd;
        }
    }

    private static @Nullable LocalTime explicitEnd(ScheduleEntry entry, LocalTime start, List<String> rowWarnings) {
        Optional<LocalTime> rangeEnd = entry.time().endTime();
        if (rangeEnd.isPresent()) {
            LocalTime end = rangeEnd.get();
            if (!end.isAfter(start)) {
                rowWarnings.add("Ends at " + ClockFormat.time(end) + ", not after it starts at "
                        + ClockFormat.time(start) + ".");
                return null;
            }
            Duration rangeLength = Duration.between(start, end);
            entry.duration()
                    .filter(stated -> !stated.equals(rangeLength))
                    .ifPresent(stated -> rowWarnings.add("The time range is " + ClockFormat.duration(rangeLength)
                            + " but the duration says " + ClockFormat.duration(stated) + "; the range is used."));
            return end;
        }
        if (entry.duration().isEmpty()) {
            return null;
        }
        LocalTime end = start.plus(entry.duration().get());
        if (!end.isAfter(start)) {
            rowWarnings.add(
                    "Its duration of " + ClockFormat.duration(entry.duration().get()) + " runs past midnight.");
            return null;
        }
        return end;
    }

    private static ScheduledItem finish(
            List<ScheduleEntry> entries,
            int i,
            LocalTime[] starts,
            LocalTime[] explicitEnds,
            List<String> rowWarnings) {
        LocalTime start = starts[i];
        if (start == null) {
            if (entries.get(i).time() instanceof TimeCell.ToBeDecided) {
                return new ScheduledItem(
                        ScheduledItem.Kind.TO_BE_DECIDED, Optional.empty(), Optional.empty(), rowWarnings);
            }
            return new ScheduledItem(ScheduledItem.Kind.UNSCHEDULED, Optional.empty(), Optional.empty(), rowWarnings);
        }
        LocalTime nextStart = i + 1 < starts.length ? starts[i + 1] : null;
        LocalTime end = explicitEnds[i];
        if (end != null) {
            if (nextStart != null && !nextStart.isBefore(start) && end.isAfter(nextStart)) {
                rowWarnings.add("Runs until " + ClockFormat.time(end) + ", past the start of the next item at "
                        + ClockFormat.time(nextStart) + ".");
            }
            return new ScheduledItem(ScheduledItem.Kind.SLOT, Optional.of(start), Optional.of(end), rowWarnings);
        }
        if (entries.get(i).closing() || !anyStartAfter(starts, i)) {
            return new ScheduledItem(ScheduledItem.Kind.MARKER, Optional.of(start), Optional.empty(), rowWarnings);
        }
        Optional<LocalTime> inferredEnd = Optional.ofNullable(nextStart).filter(next -> next.isAfter(start));
        return new ScheduledItem(ScheduledItem.Kind.SLOT, Optional.of(start), inferredEnd, rowWarnings);
    }

    private static boolean anyStartAfter(LocalTime[] starts, int index) {
        for (int j = index + 1; j < starts.length; j++) {
            if (starts[j] != null) {
                return true;
            }
        }
        return false;
    }

    private static Optional<LocalTime> dayStart(List<ScheduledItem> items) {
        return items.stream()
                .map(ScheduledItem::start)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Optional<LocalTime> dayEnd(List<ScheduleEntry> entries, List<ScheduledItem> items) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).kind() == ScheduledItem.Kind.MARKER
                    && entries.get(i).closing()) {
                return items.get(i).start();
            }
        }
        ScheduledItem lastPlaced = null;
        for (ScheduledItem item : items) {
            if (item.start().isPresent()) {
                lastPlaced = item;
            }
        }
        if (lastPlaced != null && lastPlaced.kind() == ScheduledItem.Kind.MARKER) {
            return lastPlaced.start();
        }
        return items.stream().map(ScheduledItem::end).flatMap(Optional::stream).max(LocalTime::compareTo);
    }
}

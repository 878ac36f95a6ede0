package dev.agenda.core.schedule;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class ScheduleCalculatorTest {

    private final ScheduleCalculator calculator = new ScheduleCalculator();
    private final TimeParser times = new TimeParser();
    private final DurationParser durations = new DurationParser();

    /** Rows as "time|duration|topic". */
    private DaySchedule compute(Optional<LocalTime> start, boolean hasTimeColumn, String... rows) {
        List<ScheduleEntry> entries = new ArrayList<>();
        for (String row : rows) {
            String[] cells = row.split("\\|", -1);
            boolean closing = cells[2].equals("Finish") || cells[2].equals("Close");
            entries.add(new ScheduleEntry(times.parse(cells[0]), durations.parse(cells[1]), cells[1], closing));
        }
        return calculator.compute(entries, start.orElse(null), hasTimeColumn);
    }

    private DaySchedule compute(String... rows) {
        return compute(Optional.empty(), true, rows);
    }

    private static LocalTime at(String time) {
        return LocalTime.parse(time);
    }

    @Test
    public void eachItemEndsWhenTheNextStartsAndTheLastIsAMarker() {
        DaySchedule day = compute("09:00||Welcome", "09:30||Milestones", "10:30||Close");

        assertEquals(Optional.of(Duration.ofMinutes(30)), day.items().get(0).duration());
        assertEquals(Optional.of(at("10:30")), day.items().get(1).end());
        assertEquals(ScheduledItem.Kind.MARKER, day.items().get(2).kind());
        assertEquals(Optional.empty(), day.items().get(2).duration());
        assertEquals(Optional.of(Duration.ofMinutes(90)), day.total());
    }

    @Test
    public void aClosingItemIsAMarkerEvenWhenItemsFollowIt() {
        DaySchedule day = compute("16:30||Show and tell", "17:30||Finish", "18:30||Dinner");

        assertEquals(ScheduledItem.Kind.MARKER, day.items().get(1).kind());
        assertEquals(ScheduledItem.Kind.MARKER, day.items().get(2).kind());
        assertEquals("the meeting ends at Finish, not at dinner", Optional.of(at("17:30")), day.dayEnd());
        assertEquals(Optional.of(Duration.ofHours(1)), day.total());
    }

    @Test
    public void theLastItemWithADurationIsASlot() {
        DaySchedule day = compute("09:00||Welcome", "09:30|15 min|Close");

        assertEquals(ScheduledItem.Kind.SLOT, day.items().get(1).kind());
        assertEquals(Optional.of(at("09:45")), day.items().get(1).end());
        assertEquals(Optional.of(at("09:45")), day.dayEnd());
    }

    @Test
    public void durationsWithAStartParameterPlaceEveryItem() {
        DaySchedule day = compute(Optional.of(at("09:00")), false, "|10 min|A", "|1h|B", "|1:15|C", "||Close");

        assertEquals(Optional.of(at("09:00")), day.items().get(0).start());
        assertEquals(Optional.of(at("09:10")), day.items().get(1).start());
        assertEquals(Optional.of(at("10:10")), day.items().get(2).start());
        assertEquals(Optional.of(at("11:25")), day.items().get(3).start());
        assertEquals(ScheduledItem.Kind.MARKER, day.items().get(3).kind());
        assertTrue(day.warnings().isEmpty());
    }

    @Test
    public void durationsWithoutAStartAskForTheStartParameterOnce() {
        DaySchedule day = compute(Optional.empty(), false, "|10 min|A", "|20 min|B");

        assertEquals(1, day.warnings().size());
        assertTrue(day.warnings().get(0).contains("start parameter"));
        assertEquals(ScheduledItem.Kind.UNSCHEDULED, day.items().get(0).kind());
    }

    @Test
    public void aBlankTimeContinuesFromThePreviousItemsDuration() {
        DaySchedule day = compute("09:00|30|Welcome", "|15|Next", "10:00||Later", "||Close");

        assertEquals(Optional.of(at("09:30")), day.items().get(1).start());
        assertEquals(Optional.of(at("09:45")), day.items().get(1).end());
        assertTrue(day.items().get(1).warnings().isEmpty());
        assertEquals(
                "no later item has a time",
                ScheduledItem.Kind.MARKER,
                day.items().get(2).kind());
        assertEquals(ScheduledItem.Kind.UNSCHEDULED, day.items().get(3).kind());
        assertEquals(
                "No time is given for this item, and the item before it has no duration to count on from.",
                day.items().get(3).warnings().get(0));
    }

    @Test
    public void aTimeToBeDecidedIsAPlaceholderNotAMistake() {
        for (String placeholder : List.of("TBD", "tbd", "TBC", "?")) {
            DaySchedule day = compute("09:00||A", placeholder + "||B", "10:00||C", "10:30||D");

            assertEquals(
                    placeholder,
                    ScheduledItem.Kind.TO_BE_DECIDED,
                    day.items().get(1).kind());
            assertEquals(placeholder, List.of(), day.items().get(1).warnings());
            assertEquals(Optional.empty(), day.items().get(1).start());
            assertEquals(
                    "A cannot end at C: B stands between",
                    Optional.empty(),
                    day.items().get(0).end());
            assertEquals(Optional.of(at("10:30")), day.items().get(2).end());
        }
    }

    @Test
    public void anUnreadableTimeIsWarnedAndItsNeighboursKeepTheirTimes() {
        DaySchedule day = compute("09:00||A", "after lunch||B", "10:00||C", "10:30||D");

        assertEquals(ScheduledItem.Kind.UNSCHEDULED, day.items().get(1).kind());
        assertTrue(day.items().get(1).warnings().get(0).contains("‘after lunch’ is not a time"));
        assertEquals(Optional.of(at("09:00")), day.items().get(0).start());
        assertEquals(
                "A cannot end at C: B stands between",
                Optional.empty(),
                day.items().get(0).end());
        assertEquals(Optional.of(at("10:30")), day.items().get(2).end());
    }

    @Test
    public void anUnreadableDurationIsWarned() {
        DaySchedule day = compute("09:00|a while|A", "09:30||B");

        assertTrue(day.items().get(0).warnings().get(0).contains("‘a while’ is not a duration"));
        assertEquals(Optional.of(at("09:30")), day.items().get(0).end());
    }

    @Test
    public void timesGoingBackwardsAreWarnedOnTheLaterItem() {
        DaySchedule day = compute("10:30||A", "10:00||B", "11:00||C");

        assertTrue(day.items().get(0).warnings().isEmpty());
        assertEquals(
                "Starts at 10:00, before the previous item (10:30).",
                day.items().get(1).warnings().get(0));
        assertEquals(
                "no negative duration", Optional.empty(), day.items().get(0).end());
    }

    @Test
    public void anItemRunningIntoTheNextIsAnOverlap() {
        DaySchedule day = compute("09:00-09:45||A", "09:30||B", "10:00||C");

        assertEquals(
                "Runs until 09:45, past the start of the next item at 09:30.",
                day.items().get(0).warnings().get(0));
        assertTrue(day.items().get(1).warnings().isEmpty());
    }

    @Test
    public void aRangeWinsOverADisagreeingDurationWithAWarning() {
        DaySchedule day = compute("09:00-09:30|45 min|A", "09:30||Close");

        assertEquals(Optional.of(at("09:30")), day.items().get(0).end());
        assertTrue(day.items().get(0).warnings().get(0).contains("range is 30 min but the duration says 45 min"));
    }

    @Test
    public void aRangeThatEndsBeforeItStartsIsWarned() {
        DaySchedule day = compute("10:00-09:00||A", "11:00||B");

        assertTrue(day.items().get(0).warnings().get(0).startsWith("Ends at 09:00, not after it starts at 10:00"));
        assertEquals(Optional.of(at("11:00")), day.items().get(0).end());
    }

    @Test
    public void anEmptyAgendaHasNoSpan() {
        DaySchedule day = compute();

        assertEquals(Optional.empty(), day.total());
        assertTrue(day.items().isEmpty());
    }
}

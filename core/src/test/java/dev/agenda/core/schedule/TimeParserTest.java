package dev.agenda.core.schedule;

import static org.junit.Assert.assertEquals;

import java.time.LocalTime;
import org.junit.Test;

public class TimeParserTest {

    private final TimeParser parser = new TimeParser();

    private void assertAt(String text, int hour, int minute) {
        assertEquals(text, new TimeCell.At(LocalTime.of(hour, minute)), parser.parse(text));
    }

    private void assertRange(String text, int fromHour, int fromMinute, int toHour, int toMinute) {
        assertEquals(text, new TimeCell.Range(LocalTime.of(fromHour, fromMinute), LocalTime.of(toHour, toMinute)),
                parser.parse(text));
    }

    private void assertUnreadable(String text) {
        assertEquals(text, new TimeCell.Unreadable(text.strip()), parser.parse(text));
    }

    @Test
    public void twentyFourHourTimes() {
        assertAt("09:00", 9, 0);
        assertAt("9:00", 9, 0);
        assertAt("13:30", 13, 30);
        assertAt("00:05", 0, 5);
        assertAt(" 9:00\u00A0", 9, 0);
    }

    @Test
    public void aDotOrHAsSeparatorAndCompactFourDigits() {
        assertAt("9.00", 9, 0);
        assertAt("14h30", 14, 30);
        assertAt("0900", 9, 0);
        assertAt("1330", 13, 30);
    }

    @Test
    public void twelveHourTimes() {
        assertAt("9:00 AM", 9, 0);
        assertAt("9:00 pm", 21, 0);
        assertAt("9am", 9, 0);
        assertAt("9 a.m.", 9, 0);
        assertAt("1:30PM", 13, 30);
        assertAt("12pm", 12, 0);
        assertAt("12am", 0, 0);
        assertAt("12:15 AM", 0, 15);
    }

    @Test
    public void rangesWithHyphenDashesOrTo() {
        assertRange("09:00-09:30", 9, 0, 9, 30);
        assertRange("09:00–09:30", 9, 0, 9, 30);
        assertRange("09:00 — 09:30", 9, 0, 9, 30);
        assertRange("9:00 to 9:30", 9, 0, 9, 30);
        assertRange("9-10", 9, 0, 10, 0);
    }

    @Test
    public void aMeridiemOnOneEndOfARangeAppliesSoTheRangeGoesForwards() {
        assertRange("9–9:30am", 9, 0, 9, 30);
        assertRange("1-2pm", 13, 0, 14, 0);
        assertRange("11-1pm", 11, 0, 13, 0);
        assertRange("11:30am-1pm", 11, 30, 13, 0);
    }

    @Test
    public void blankIsBlank() {
        assertEquals(new TimeCell.Blank(), parser.parse(""));
        assertEquals(new TimeCell.Blank(), parser.parse(" \u00A0 "));
    }

    @Test
    public void anythingElseIsKeptAsWritten() {
        assertUnreadable("TBD");
        assertUnreadable("after lunch");
        assertUnreadable("9");
        assertUnreadable("25:00");
        assertUnreadable("9:75");
        assertUnreadable("13pm");
        assertUnreadable("0:00 am");
        assertUnreadable("09:00-later");
    }
}

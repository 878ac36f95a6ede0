package dev.agenda.core.schedule;

import static org.junit.Assert.assertEquals;

import java.time.LocalTime;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

/** The ways people write a time in an agenda's Time column, and what each one reads as. */
@RunWith(Parameterized.class)
public class TimeParserTest {

    @Parameters(name = "{0}: ‘{1}’ is {2}")
    public static List<Object[]> cases() {
        return List.of(
                at("twenty-four-hour", "09:00", 9, 0),
                at("twenty-four-hour", "9:00", 9, 0),
                at("twenty-four-hour", "13:30", 13, 30),
                at("twenty-four-hour", "00:05", 0, 5),
                at("twenty-four-hour", " 9:00\u00A0", 9, 0),
                at("a dot as separator", "9.00", 9, 0),
                at("an h as separator", "14h30", 14, 30),
                at("compact four digits", "0900", 9, 0),
                at("compact four digits", "1330", 13, 30),
                at("twelve-hour", "9:00 AM", 9, 0),
                at("twelve-hour", "9:00 pm", 21, 0),
                at("twelve-hour", "9am", 9, 0),
                at("twelve-hour", "9 a.m.", 9, 0),
                at("twelve-hour", "1:30PM", 13, 30),
                at("twelve-hour", "12pm", 12, 0),
                at("twelve-hour", "12am", 0, 0),
                at("twelve-hour", "12:15 AM", 0, 15),
                range("a range with a hyphen", "09:00-09:30", 9, 0, 9, 30),
                range("a range with an en dash", "09:00–09:30", 9, 0, 9, 30),
                range("a range with an em dash", "09:00 — 09:30", 9, 0, 9, 30),
                range("a range with to", "9:00 to 9:30", 9, 0, 9, 30),
                range("a range of hours", "9-10", 9, 0, 10, 0),
                range("a meridiem on one end goes forwards", "9–9:30am", 9, 0, 9, 30),
                range("a meridiem on one end goes forwards", "1-2pm", 13, 0, 14, 0),
                range("a meridiem on one end goes forwards", "11-1pm", 11, 0, 13, 0),
                range("a meridiem on one end goes forwards", "11:30am-1pm", 11, 30, 13, 0),
                blank(""),
                blank(" \u00A0 "),
                toBeDecided("TBD"),
                toBeDecided("tbd"),
                toBeDecided(" TBC "),
                toBeDecided("TBA"),
                toBeDecided("t.b.d."),
                toBeDecided("?"),
                unreadable("TBD soon"),
                unreadable("after lunch"),
                unreadable("9"),
                unreadable("25:00"),
                unreadable("9:75"),
                unreadable("13pm"),
                unreadable("0:00 am"),
                unreadable("09:00-later"));
    }

    /** What kind of writing the row is, for the case's name. */
    @Parameter(0)
    public String kind;

    @Parameter(1)
    public String text;

    /** The expected cell in words, for the case's name. */
    @Parameter(2)
    public String reading;

    @Parameter(3)
    public TimeCell expected;

    private final TimeParser parser = new TimeParser();

    @Test
    public void readsAsTheTableSays() {
        assertEquals(text, expected, parser.parse(text));
    }

    private static Object[] at(String kind, String text, int hour, int minute) {
        LocalTime start = LocalTime.of(hour, minute);
        return new Object[] {kind, text, start.toString(), new TimeCell.At(start)};
    }

    private static Object[] range(String kind, String text, int fromHour, int fromMinute, int toHour, int toMinute) {
        LocalTime start = LocalTime.of(fromHour, fromMinute);
        LocalTime end = LocalTime.of(toHour, toMinute);
        return new Object[] {kind, text, start + " to " + end, new TimeCell.Range(start, end)};
    }

    private static Object[] blank(String text) {
        return new Object[] {"blank", text, "blank", new TimeCell.Blank()};
    }

    /** A placeholder for a time not decided yet, kept as written (without the spaces around it). */
    private static Object[] toBeDecided(String text) {
        return new Object[] {"to be decided", text, "a placeholder", new TimeCell.ToBeDecided(text.strip())};
    }

    /** Anything else is kept as written (without the spaces around it), for the page to show with a warning. */
    private static Object[] unreadable(String text) {
        return new Object[] {"anything else", text, "kept as written", new TimeCell.Unreadable(text.strip())};
    }
}

package dev.agenda.core.schedule;

import static org.junit.Assert.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

/** The ways people write a duration in an agenda's Duration column, and what each one reads as. */
@RunWith(Parameterized.class)
public class DurationParserTest {

    @Parameters(name = "{0}: ‘{1}’ is {2}")
    public static List<Object[]> cases() {
        return List.of(
                minutes("minutes", "10 min", 10),
                minutes("minutes", "10m", 10),
                minutes("minutes", "10 mins", 10),
                minutes("minutes", "45 minutes", 45),
                minutes("minutes", "90", 90),
                minutes("minutes", "5'", 5),
                minutes("hours", "1h", 60),
                minutes("hours", "1 hr", 60),
                minutes("hours", "2 hours", 120),
                minutes("hours", "1.5h", 90),
                minutes("hours", "1,5 h", 90),
                minutes("hours and minutes", "1 h 15 min", 75),
                minutes("hours and minutes", "1h15", 75),
                minutes("hours and minutes", "1 hour and 30 minutes", 90),
                minutes("hours colon minutes", "1:15", 75),
                minutes("hours colon minutes", "0:20", 20),
                notADuration(""),
                notADuration("TBD"),
                notADuration("a while"),
                notADuration("0"),
                notADuration("0:00"),
                notADuration("1:75"),
                notADuration("-10"),
                notADuration("10 days"));
    }

    /** What kind of writing the row is, for the case's name. */
    @Parameter(0)
    public String kind;

    @Parameter(1)
    public String text;

    /** The expected duration in words, for the case's name. */
    @Parameter(2)
    public String reading;

    @Parameter(3)
    public Optional<Duration> expected;

    private final DurationParser parser = new DurationParser();

    @Test
    public void readsAsTheTableSays() {
        assertEquals(text, expected, parser.parse(text));
    }

    private static Object[] minutes(String kind, String text, long minutes) {
        return new Object[] {kind, text, minutes + " min", Optional.of(Duration.ofMinutes(minutes))};
    }

    private static Object[] notADuration(String text) {
        return new Object[] {"not a duration", text, "no duration", Optional.empty()};
    }
}

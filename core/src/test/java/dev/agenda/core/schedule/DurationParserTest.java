package dev.agenda.core.schedule;

import static org.junit.Assert.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.junit.Test;

public class DurationParserTest {

    private final DurationParser parser = new DurationParser();

    private void assertMinutes(String text, long minutes) {
        assertEquals(text, Optional.of(Duration.ofMinutes(minutes)), parser.parse(text));
    }

    @Test
    public void minutes() {
        assertMinutes("10 min", 10);
        assertMinutes("10m", 10);
        assertMinutes("10 mins", 10);
        assertMinutes("45 minutes", 45);
        assertMinutes("90", 90);
        assertMinutes("5'", 5);
    }

    @Test
    public void hoursAndBoth() {
        assertMinutes("1h", 60);
        assertMinutes("1 hr", 60);
        assertMinutes("2 hours", 120);
        assertMinutes("1.5h", 90);
        assertMinutes("1,5 h", 90);
        assertMinutes("1 h 15 min", 75);
        assertMinutes("1h15", 75);
        assertMinutes("1 hour and 30 minutes", 90);
    }

    @Test
    public void hoursColonMinutes() {
        assertMinutes("1:15", 75);
        assertMinutes("0:20", 20);
    }

    @Test
    public void whatIsNotADurationIsEmpty() {
        for (String text : new String[] {"", "TBD", "a while", "0", "0:00", "1:75", "-10", "10 days"}) {
            assertEquals(text, Optional.empty(), parser.parse(text));
        }
    }
}

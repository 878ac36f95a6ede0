package dev.agenda.core.agenda;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

public class AgendaParametersTest {

    private static final ZoneId SERVER = ZoneId.of("Europe/Paris");

    @Test
    public void readsEveryParameter() {
        AgendaParameters parameters = AgendaParameters.parse(
                Map.of(
                        "title",
                        " Day 1 ",
                        "date",
                        "2017-11-02",
                        "timezone",
                        "America/Phoenix",
                        "start",
                        "9:00",
                        "project",
                        "dm",
                        "issueType",
                        "Story"),
                SERVER);

        assertEquals("Day 1", parameters.title());
        assertEquals(Optional.of(LocalDate.of(2017, 11, 2)), parameters.date());
        assertEquals(ZoneId.of("America/Phoenix"), parameters.zone());
        assertEquals(Optional.of(LocalTime.of(9, 0)), parameters.start());
        assertEquals(Optional.of("DM"), parameters.project());
        assertEquals("Story", parameters.issueType());
        assertTrue(parameters.problems().isEmpty());
    }

    @Test
    public void defaultsAreTheServerZoneAndTask() {
        AgendaParameters parameters = AgendaParameters.parse(Map.of(), SERVER);

        assertEquals(SERVER, parameters.zone());
        assertEquals("Task", parameters.issueType());
        assertEquals(Optional.empty(), parameters.date());
        assertEquals("", parameters.title());
        assertTrue(parameters.problems().isEmpty());
    }

    @Test
    public void badValuesFallBackAndSayWhatIsWrong() {
        AgendaParameters parameters = AgendaParameters.parse(
                Map.of("date", "2017-13-01", "timezone", "Mars/Olympus", "start", "nine", "project", "not a key"),
                SERVER);

        assertEquals(Optional.empty(), parameters.date());
        assertEquals(SERVER, parameters.zone());
        assertEquals(Optional.empty(), parameters.start());
        assertEquals(Optional.empty(), parameters.project());
        assertEquals(4, parameters.problems().size());
        assertTrue(parameters.problems().get(0).contains("‘2017-13-01’ is not a date"));
        assertTrue(parameters.problems().get(1).contains("‘Mars/Olympus’ is not a known timezone"));
        assertTrue(parameters.problems().get(1).contains("Using Europe/Paris"));
        assertTrue(parameters.problems().get(2).contains("‘nine’ is not a time"));
        assertTrue(parameters.problems().get(3).contains("‘not a key’ is not a Jira project key"));
    }
}

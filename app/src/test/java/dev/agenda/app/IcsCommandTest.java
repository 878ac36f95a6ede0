package dev.agenda.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** {@code agenda ics} on the reference page and the series, read back with ical4j. */
public class IcsCommandTest {

    private static final String PAGE =
            Path.of("..", "examples", "dmlt-f2f-2017-11.xml").toString();
    private static final String USERS = Path.of("..", "examples", "users.csv").toString();
    private static final Path SERIES = Path.of("..", "examples", "series");

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private static List<VEvent> events(String ics) {
        try {
            Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
            assertFalse(calendar.validate().toString(), calendar.validate().hasErrors());
            return calendar.getComponents(Component.VEVENT);
        } catch (IOException | ParserException e) {
            throw new AssertionError(e + "\n" + ics, e);
        }
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }

    @Test
    public void theReferencePageIsTwoEventsInPhoenixTimeWithTheChairsNamed() {
        CliRun run = CliRun.run("ics", PAGE, "--users", USERS, "--page-id", "65538");

        assertEquals(run.err, 0, run.exitCode);
        assertTrue(run.out.startsWith("BEGIN:VCALENDAR\r\n"));
        List<VEvent> events = events(run.out);
        assertEquals(2, events.size());
        assertEquals(
                "DM Leadership Team Face-to-Face Meeting, 2017-11-01 to 03: Day 1", value(events.get(0), "SUMMARY"));
        assertTrue(run.out.contains("\r\nDTSTART;TZID=America/Phoenix:20171102T090000\r\n"));
        assertTrue(run.out.contains("\r\nDTEND;TZID=America/Phoenix:20171103T143000\r\n"));
        assertTrue(value(events.get(0), "DESCRIPTION").startsWith("09:00–09:30 Welcome (Wil O'Mullane)\n"));
        assertEquals("65538-6f1c2a0e-1d2b-4c1e-9a51-0d7b1e2f0001-20171102@agenda.dev", value(events.get(0), "UID"));
        assertTrue(value(events.get(0), "URL").startsWith("file:"));
        assertEquals("20171102T190000Z", value(events.get(0), "DTSTAMP"));
        assertEquals("", run.err);
    }

    @Test
    public void aBaseUrlMakesTheEventsLinkToThePageInConfluence() {
        CliRun run = CliRun.run("ics", PAGE, "--page-id", "65538", "--base-url", "https://confluence.example.org/");

        assertEquals(run.err, 0, run.exitCode);
        assertEquals(
                "https://confluence.example.org/pages/viewpage.action?pageId=65538",
                value(events(run.out).get(0), "URL"));
    }

    @Test
    public void eachPageOfTheSeriesToAFileWhoseUidsStayTheSameOnTheNextExport() throws IOException {
        for (String date : List.of("2017-11-13", "2017-11-20", "2017-11-27")) {
            String page = SERIES.resolve("dm-weekly-" + date + ".xml").toString();
            Path first = folder.getRoot().toPath().resolve(date + "-1.ics");
            Path second = folder.getRoot().toPath().resolve(date + "-2.ics");

            CliRun run = CliRun.run(
                    "ics", page, "--users", SERIES.resolve("users.csv").toString(), "--out", first.toString());
            CliRun.runWith(
                    java.time.Clock.offset(CliRun.NOON_UTC_DAY_ONE, java.time.Duration.ofDays(7)),
                    Map.of(),
                    "ics",
                    page,
                    "--out",
                    second.toString());

            assertEquals(run.err, 0, run.exitCode);
            assertTrue(run.err, run.err.startsWith("Wrote " + first + " (1 event from dm-weekly-" + date + ".xml)"));
            VEvent event =
                    events(Files.readString(first, StandardCharsets.UTF_8)).get(0);
            VEvent again =
                    events(Files.readString(second, StandardCharsets.UTF_8)).get(0);
            assertEquals("DM Weekly " + date, value(event, "SUMMARY"));
            assertEquals(value(event, "UID"), value(again, "UID"));
            assertTrue(value(event, "UID").startsWith("dm-weekly-" + date + "-"));
            assertTrue(Files.readString(first)
                    .contains("DTSTART;TZID=America/Los_Angeles:" + date.replace("-", "") + "T100000\r\n"));
            assertTrue(event.getProperty("LAST-MODIFIED").isPresent());
        }
    }

    @Test
    public void anAgendaWithoutADateIsAUsageErrorNamingTheFileAndTheAgenda() throws IOException {
        Path page = folder.newFile("undated.xml").toPath();
        Files.writeString(
                page,
                "<ac:structured-macro ac:name=\"agenda\"><ac:parameter ac:name=\"title\">Kick-off</ac:parameter>"
                        + "<ac:rich-text-body><table><tbody><tr><td>09:00</td><td>Hello</td></tr></tbody></table>"
                        + "</ac:rich-text-body></ac:structured-macro>");

        CliRun run = CliRun.run("ics", page.toString());

        assertEquals(2, run.exitCode);
        assertEquals("", run.out);
        assertTrue(run.err, run.err.startsWith("agenda: undated.xml: The agenda ‘Kick-off’ (first of 1, at line 1, "));
        assertTrue(run.err, run.err.contains("has no date"));
    }

    @Test
    public void aBaseUrlThatIsNotAWebAddressIsAUsageError() {
        CliRun run = CliRun.run("ics", PAGE, "--base-url", "javascript:alert(1)");

        assertEquals(2, run.exitCode);
        assertTrue(run.err, run.err.startsWith("agenda: --base-url javascript:alert(1): not an http or https address"));
    }
}

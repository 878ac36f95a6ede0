package dev.agenda.core.calendar;

import static dev.agenda.core.Fixtures.agenda;
import static dev.agenda.core.Fixtures.parameter;
import static dev.agenda.core.Fixtures.user;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.Fixtures;
import dev.agenda.core.page.MeetingPage;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.validate.ValidationException;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.Test;

/**
 * The calendar export, read back with ical4j (a conforming parser the app does not use at run time): one event per
 * agenda day in the agenda's zone with that zone's rules, stable UIDs, escaped and folded text, and clear errors.
 */
public class AgendaCalendarTest {

    private static final Instant EXPORTED = Instant.parse("2026-11-30T03:30:00Z");
    private static final String ADDRESS = "https://confluence.example.org/pages/viewpage.action?pageId=123";

    private static String export(MeetingPage page, String title, Instant at) throws CalendarException {
        return new AgendaCalendar(Clock.fixed(at, ZoneOffset.UTC), Fixtures.referenceUsers())
                .write(new CalendarSource(page, title, ADDRESS, null));
    }

    private static String export(MeetingPage page, String title) throws CalendarException {
        return export(page, title, EXPORTED);
    }

    private static Calendar parse(String ics) {
        try {
            Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
            ValidationResult validation = calendar.validate();
            assertFalse(validation.toString(), validation.hasErrors());
            return calendar;
        } catch (IOException | ParserException | ValidationException e) {
            throw new AssertionError("not a valid iCalendar document: " + e + "\n" + ics, e);
        }
    }

    private static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT);
    }

    private static String value(Component component, String property) {
        return component
                .getProperty(property)
                .map(Property::getValue)
                .orElseThrow(() -> new AssertionError("no " + property + " in " + component));
    }

    private static String tzid(Component component, String property) {
        Property found = component.<Property>getProperty(property).orElseThrow();
        return found.getParameter("TZID").map(p -> p.getValue()).orElse("");
    }

    private static LocalDateTime local(Component component, String property) {
        DateProperty<Temporal> date =
                component.<DateProperty<Temporal>>getProperty(property).orElseThrow();
        return LocalDateTime.parse(date.getValue(), java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"));
    }

    private static VTimeZone zone(Calendar calendar, String id) {
        for (VTimeZone zone : calendar.<VTimeZone>getComponents(Component.VTIMEZONE)) {
            if (value(zone, Property.TZID).equals(id)) {
                return zone;
            }
        }
        throw new AssertionError("no VTIMEZONE " + id);
    }

    /** The offset ical4j computes from the exported VTIMEZONE, against the JDK's rules, at a local time. */
    private static void assertOffsetAt(VTimeZone exported, ZoneId zone, LocalDateTime local) {
        Instant instant = local.atZone(zone).toInstant();
        int expected = zone.getRules().getOffset(instant).getTotalSeconds() * 1000;
        assertEquals(zone + " at " + local, expected, new TimeZone(exported).getOffset(instant.toEpochMilli()));
    }

    private static MeetingPage series(String date) {
        try {
            String storage = Files.readString(
                    Fixtures.examples().resolve("series").resolve("dm-weekly-" + date + ".xml"),
                    StandardCharsets.UTF_8);
            return Fixtures.page("dm-weekly-" + date, storage, Fixtures.referenceUsers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    public void theReferencePageIsOneEventPerDayInPhoenixTimeFromFirstItemToTheClose() throws Exception {
        Calendar calendar = parse(export(Fixtures.referencePage(), "DMLT F2F 2017-11"));

        List<VEvent> events = events(calendar);
        assertEquals(2, events.size());
        VEvent day1 = events.get(0);
        assertEquals("America/Phoenix", tzid(day1, Property.DTSTART));
        assertEquals(LocalDateTime.parse("2017-11-02T09:00"), local(day1, Property.DTSTART));
        assertEquals(LocalDateTime.parse("2017-11-02T17:30"), local(day1, Property.DTEND));
        assertEquals("DMLT F2F 2017-11: Day 1", value(day1, Property.SUMMARY));
        assertEquals(ADDRESS, value(day1, Property.URL));
        VEvent day2 = events.get(1);
        assertEquals(LocalDateTime.parse("2017-11-03T08:30"), local(day2, Property.DTSTART));
        assertEquals(LocalDateTime.parse("2017-11-03T14:30"), local(day2, Property.DTEND));
        assertEquals("20261130T033000Z", value(day1, Property.DTSTAMP));
    }

    @Test
    public void theDescriptionListsEachItemWithItsTimesAndChairs() throws Exception {
        VEvent day1 = events(parse(export(Fixtures.referencePage(), "DMLT F2F 2017-11")))
                .get(0);

        List<String> lines = value(day1, Property.DESCRIPTION).lines().toList();
        assertEquals("09:00–09:30 Welcome (Wil O'Mullane)", lines.get(0));
        assertEquals(ADDRESS, lines.get(lines.size() - 1));
    }

    @Test
    public void phoenixHasOneStandardOffsetAllYear() throws Exception {
        Calendar calendar = parse(export(Fixtures.referencePage(), "DMLT F2F 2017-11"));

        VTimeZone phoenix = zone(calendar, "America/Phoenix");
        assertTrue(phoenix.getObservances().stream().noneMatch(o -> o.getName().equals(Observance.DAYLIGHT)));
        ZoneId zone = ZoneId.of("America/Phoenix");
        assertOffsetAt(phoenix, zone, LocalDateTime.parse("2017-11-02T09:00"));
        assertOffsetAt(phoenix, zone, LocalDateTime.parse("2017-07-02T09:00"));
    }

    @Test
    public void losAngelesHasItsStandardAndDaylightRulesForTheYear() throws Exception {
        String page = agenda(
                        parameter("date", "2017-07-10") + parameter("timezone", "America/Los_Angeles"),
                        "<tr><td>10:00</td><td>Summer</td><td></td><td></td></tr>"
                                + "<tr><td>10:30</td><td>Close</td><td></td><td></td></tr>")
                + agenda(
                        parameter("date", "2017-11-13") + parameter("timezone", "America/Los_Angeles"),
                        "<tr><td>10:00</td><td>Winter</td><td></td><td></td></tr>"
                                + "<tr><td>10:30</td><td>Close</td><td></td><td></td></tr>");
        Calendar calendar = parse(export(Fixtures.page("la", page, Fixtures.referenceUsers()), "LA"));

        VTimeZone losAngeles = zone(calendar, "America/Los_Angeles");
        Set<String> kinds = new HashSet<>();
        losAngeles.getObservances().forEach(o -> kinds.add(o.getName()));
        assertEquals(Set.of(Observance.STANDARD, Observance.DAYLIGHT), kinds);
        ZoneId zone = ZoneId.of("America/Los_Angeles");
        assertOffsetAt(losAngeles, zone, LocalDateTime.parse("2017-07-10T10:00"));
        assertOffsetAt(losAngeles, zone, LocalDateTime.parse("2017-11-13T10:00"));
        assertOffsetAt(losAngeles, zone, LocalDateTime.parse("2017-01-02T10:00"));
        assertEquals(1, calendar.getComponents(Component.VTIMEZONE).size());
    }

    @Test
    public void theSeriesPagesAreEventsInLosAngelesTime() throws Exception {
        for (String date : List.of("2017-11-13", "2017-11-20", "2017-11-27")) {
            Calendar calendar = parse(export(series(date), "DM Weekly " + date));
            VEvent event = events(calendar).get(0);
            assertEquals("America/Los_Angeles", tzid(event, Property.DTSTART));
            assertEquals(LocalDateTime.parse(date + "T10:00"), local(event, Property.DTSTART));
            assertEquals("DM Weekly " + date, value(event, Property.SUMMARY));
            assertOffsetAt(
                    zone(calendar, "America/Los_Angeles"),
                    ZoneId.of("America/Los_Angeles"),
                    LocalDateTime.parse(date + "T10:00"));
        }
    }

    @Test
    public void uidsAreTheSameOnEveryExportAndDifferForEachDay() throws Exception {
        List<VEvent> first = events(parse(export(Fixtures.referencePage(), "DMLT", EXPORTED)));
        List<VEvent> second = events(parse(export(Fixtures.referencePage(), "DMLT", EXPORTED.plusSeconds(86_400))));

        assertEquals(value(first.get(0), Property.UID), value(second.get(0), Property.UID));
        assertEquals(value(first.get(1), Property.UID), value(second.get(1), Property.UID));
        assertNotEquals(value(first.get(0), Property.UID), value(first.get(1), Property.UID));
        assertEquals(
                "dmlt-6f1c2a0e-1d2b-4c1e-9a51-0d7b1e2f0001-20171102@agenda.dev", value(first.get(0), Property.UID));
        assertNotEquals(value(first.get(0), Property.DTSTAMP), value(second.get(0), Property.DTSTAMP));
        assertEquals("0", value(second.get(0), Property.SEQUENCE));
    }

    @Test
    public void anAgendaWithoutAMacroIdIsKnownByItsPosition() throws Exception {
        String page = agenda(parameter("date", "2017-11-13"), "<tr><td>10:00</td><td>A</td><td></td><td></td></tr>");
        VEvent event = events(parse(export(Fixtures.page("p1", page, Fixtures.referenceUsers()), "P")))
                .get(0);

        assertEquals("p1-agenda1-20171113@agenda.dev", value(event, Property.UID));
    }

    @Test
    public void anAgendaWithoutADateIsAnErrorNamingIt() {
        String page = agenda(parameter("date", "2017-11-13"), "<tr><td>10:00</td><td>A</td><td></td><td></td></tr>")
                + agenda(parameter("title", "Day 2"), "<tr><td>10:00</td><td>B</td><td></td><td></td></tr>");
        MeetingPage meeting = Fixtures.page("p", page, Fixtures.referenceUsers());

        CalendarException error = assertThrows(CalendarException.class, () -> export(meeting, "P"));
        assertTrue(error.getMessage(), error.getMessage().startsWith("The agenda ‘Day 2’ (second of 2, at line 1"));
        assertTrue(error.getMessage(), error.getMessage().contains("has no date"));
    }

    @Test
    public void aPageWithoutAnAgendaIsAnError() {
        MeetingPage meeting = Fixtures.page("p", "<p>Just notes.</p>", Fixtures.referenceUsers());

        CalendarException error = assertThrows(CalendarException.class, () -> export(meeting, "Notes"));
        assertTrue(error.getMessage(), error.getMessage().contains("‘Notes’ has no agenda"));
    }

    @Test
    public void anAgendaWithoutTimesIsAnAllDayEvent() throws Exception {
        String page = agenda(parameter("date", "2017-11-13"), "<tr><td></td><td>Open day</td><td></td><td></td></tr>");
        Calendar calendar = parse(export(Fixtures.page("p", page, Fixtures.referenceUsers()), "P"));

        VEvent event = events(calendar).get(0);
        assertEquals("20171113", value(event, Property.DTSTART));
        assertEquals("20171114", value(event, Property.DTEND));
        assertTrue(calendar.getComponents(Component.VTIMEZONE).isEmpty());
    }

    @Test
    public void anAgendaInUtcIsWrittenInUtcWithoutAZone() throws Exception {
        String page = agenda(
                parameter("date", "2017-11-13") + parameter("timezone", "UTC"),
                "<tr><td>10:00</td><td>A</td><td></td><td></td></tr><tr><td>11:00</td><td>Close</td><td></td>"
                        + "<td></td></tr>");
        String ics = export(Fixtures.page("p", page, Fixtures.referenceUsers()), "P");
        Calendar calendar = parse(ics);

        assertTrue(ics, ics.contains("\r\nDTSTART:20171113T100000Z\r\n"));
        assertTrue(ics, ics.contains("\r\nDTEND:20171113T110000Z\r\n"));
        assertTrue(calendar.getComponents(Component.VTIMEZONE).isEmpty());
    }

    @Test
    public void textIsEscapedAndLongUnicodeLinesAreFoldedAt75OctetsBetweenCharacters() throws Exception {
        String topic = "Zeljko Ivezić’s “naïve” plan; costs, risks \\ 観測所の計画について長い議論 🔭🌌 "
                + "and then some more words so that the line is certainly longer than seventy-five octets";
        String page = agenda(
                parameter("date", "2017-11-13") + parameter("title", "Día 1; ok, \\ fine"),
                "<tr><td>10:00</td><td>" + topic + "</td><td>" + user("zivezic") + "</td><td></td></tr>");
        String ics = export(Fixtures.page("p", page, Fixtures.referenceUsers()), "Réunion");

        assertTrue(ics.endsWith("\r\n"));
        assertFalse("a bare LF", Pattern.compile("[^\r]\n").matcher(ics).find());
        for (String line : ics.lines().toList()) {
            assertTrue(line.length() + ": " + line, line.getBytes(StandardCharsets.UTF_8).length <= 75);
            assertFalse("a broken character: " + line, line.contains("\uFFFD"));
        }
        assertTrue(ics, ics.contains("SUMMARY:Réunion: Día 1\\; ok\\, \\\\ fine\r\n"));
        VEvent event = events(parse(ics)).get(0);
        assertEquals("Réunion: Día 1; ok, \\ fine", value(event, Property.SUMMARY));
        assertEquals("10:00 " + topic + " (Zeljko Ivezić)\n\n" + ADDRESS, value(event, Property.DESCRIPTION));
    }
}

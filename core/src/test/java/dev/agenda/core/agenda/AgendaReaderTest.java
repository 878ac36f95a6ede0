package dev.agenda.core.agenda;

import static dev.agenda.core.Fixtures.agenda;
import static dev.agenda.core.Fixtures.parameter;
import static dev.agenda.core.Fixtures.parse;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.Fixtures;
import dev.agenda.core.schedule.ScheduledItem;
import dev.agenda.core.text.InlineTokenizer;
import dev.agenda.core.users.UserDirectory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.Test;

public class AgendaReaderTest {

    private final AgendaReader reader =
            new AgendaReader(new InlineTokenizer(UserDirectory.empty()), Fixtures.SERVER_ZONE);

    private Agenda read(String macro) {
        return reader.readMacro(parse(macro).childElements().get(0));
    }

    @Test
    public void computesEachItemAndFindsTheOneRunningNowInTheAgendasZone() {
        Agenda agenda = read(agenda(
                parameter("date", "2017-11-02") + parameter("timezone", "America/Phoenix"),
                "<tr><td>09:00</td><td>Welcome</td><td></td><td></td></tr>"
                        + "<tr><td>09:30</td><td>Milestones</td><td></td><td></td></tr>"
                        + "<tr><td>10:30</td><td>Finish</td><td></td><td></td></tr>"));

        assertEquals(3, agenda.items().size());
        assertEquals(
                Optional.of(Duration.ofMinutes(30)),
                agenda.items().get(0).schedule().duration());
        // 17:00Z is 10:00 in Phoenix (UTC-7 all year)
        assertEquals(
                "Milestones",
                agenda.runningAt(Instant.parse("2017-11-02T17:00:00Z"))
                        .orElseThrow()
                        .topic());
        assertEquals(Optional.empty(), agenda.runningAt(Instant.parse("2017-11-02T17:30:00Z")));
        assertEquals("another day", Optional.empty(), agenda.runningAt(Instant.parse("2017-11-03T17:00:00Z")));
        assertEquals(ScheduledItem.Kind.MARKER, agenda.items().get(2).schedule().kind());
    }

    @Test
    public void withoutADateNothingIsRunning() {
        Agenda agenda = read(agenda(
                "",
                "<tr><td>00:00</td><td>All day</td><td></td><td></td></tr>"
                        + "<tr><td>23:59</td><td>End</td><td></td><td></td></tr>"));

        assertEquals(Optional.empty(), agenda.runningAt(Instant.parse("2017-11-02T12:00:00Z")));
    }

    @Test
    public void aDurationColumnAndStartParameterComputeTheTimes() {
        Agenda agenda = read("<ac:structured-macro ac:name=\"agenda\">" + parameter("start", "13:00")
                + "<ac:rich-text-body><table><tr><th>Topic</th><th>Minutes</th></tr>"
                + "<tr><td>A</td><td>20</td></tr><tr><td>B</td><td>1 h</td></tr><tr><td>Wrap</td><td></td></tr>"
                + "</table></ac:rich-text-body></ac:structured-macro>");

        assertEquals(
                Optional.of(LocalTime.of(13, 20)),
                agenda.items().get(1).schedule().start());
        assertEquals(
                Optional.of(LocalTime.of(14, 20)),
                agenda.items().get(2).schedule().start());
        assertEquals(Optional.of(Duration.ofMinutes(80)), agenda.schedule().total());
    }

    @Test
    public void aBodyWithoutATableSaysSo() {
        Agenda agenda = read("<ac:structured-macro ac:name=\"agenda\"><ac:rich-text-body><p>Agenda to follow</p>"
                + "</ac:rich-text-body></ac:structured-macro>");

        assertTrue(agenda.table().isEmpty());
        assertTrue(agenda.warnings().get(0).contains("no table yet"));
    }

    @Test
    public void parameterProblemsAreAgendaWarnings() {
        Agenda agenda =
                read(agenda(parameter("date", "tomorrow"), "<tr><td>9:00</td><td>A</td><td></td><td></td></tr>"));

        assertTrue(agenda.warnings().get(0).contains("‘tomorrow’ is not a date"));
    }

    @Test
    public void aHeaderWithoutATopicColumnIsWarned() {
        Agenda agenda = read("<ac:structured-macro ac:name=\"agenda\"><ac:rich-text-body><table>"
                + "<tr><th>Time</th><th>Chair</th></tr><tr><td>9:00</td><td>x</td></tr></table>"
                + "</ac:rich-text-body></ac:structured-macro>");

        assertTrue(agenda.warnings().get(0).contains("headed Topic"));
    }
}

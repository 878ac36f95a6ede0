package dev.agenda.core.agenda;

import static dev.agenda.core.Fixtures.agenda;
import static dev.agenda.core.Fixtures.parse;
import static org.junit.Assert.assertEquals;

import dev.agenda.core.Fixtures;
import dev.agenda.core.schedule.ScheduledItem;
import dev.agenda.core.text.InlineTokenizer;
import dev.agenda.core.users.UserDirectory;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

/** The topics that close a meeting: each makes its item a marker where the day ends, even with items after it. */
@RunWith(Parameterized.class)
public class ClosingWordsTest {

    @Parameters(name = "‘{0}’ closes the meeting")
    public static List<Object[]> cases() {
        return List.of(
                new Object[][] {{"Finish"}, {"Close"}, {"Closing"}, {"Adjourn"}, {"End of meeting"}, {"Meeting ends."}
                });
    }

    @Parameter
    public String closing;

    private final AgendaReader reader =
            new AgendaReader(new InlineTokenizer(UserDirectory.empty()), Fixtures.SERVER_ZONE);

    @Test
    public void theClosingItemIsAMarkerAndTheDayEndsThere() {
        Agenda agenda = reader.readMacro(parse(agenda(
                        "",
                        "<tr><td>09:00</td><td>A</td><td></td><td></td></tr>"
                                + "<tr><td>10:00</td><td>" + closing + "</td><td></td><td></td></tr>"
                                + "<tr><td>11:00</td><td>Drinks</td><td></td><td></td></tr>"))
                .childElements()
                .get(0));

        assertEquals(ScheduledItem.Kind.MARKER, agenda.items().get(1).schedule().kind());
        assertEquals(Optional.of(LocalTime.of(10, 0)), agenda.schedule().dayEnd());
    }
}

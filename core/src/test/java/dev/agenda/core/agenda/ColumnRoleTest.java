package dev.agenda.core.agenda;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

/** Every synonym for each column, in any case, and headers that only look like one (which are other columns). */
@RunWith(Parameterized.class)
public class ColumnRoleTest {

    @Parameters(name = "header ‘{0}’ is {1}")
    public static List<Object[]> cases() {
        return List.of(
                role("Time", ColumnRole.TIME),
                role("START", ColumnRole.TIME),
                role("when", ColumnRole.TIME),
                role("Time (MST)", ColumnRole.TIME),
                role("Start time", ColumnRole.TIME),
                role("Duration", ColumnRole.DURATION),
                role("length", ColumnRole.DURATION),
                role("Minutes", ColumnRole.DURATION),
                role("Mins", ColumnRole.DURATION),
                role("Topic", ColumnRole.TOPIC),
                role("Item", ColumnRole.TOPIC),
                role("subject", ColumnRole.TOPIC),
                role("Title", ColumnRole.TOPIC),
                role("Topics", ColumnRole.TOPIC),
                role("Items", ColumnRole.TOPIC),
                role("Chair", ColumnRole.CHAIR),
                role("Presenter", ColumnRole.CHAIR),
                role("lead", ColumnRole.CHAIR),
                role("Owner", ColumnRole.CHAIR),
                role("Speaker", ColumnRole.CHAIR),
                role("Who", ColumnRole.CHAIR),
                role("Presenters", ColumnRole.CHAIR),
                role("Notes", ColumnRole.NOTES),
                role("Discussion", ColumnRole.NOTES),
                role("Outcome", ColumnRole.NOTES),
                role("Details", ColumnRole.NOTES),
                role("Notes / actions", ColumnRole.NOTES),
                role("Note", ColumnRole.NOTES),
                role("Room", ColumnRole.OTHER),
                role("Materials", ColumnRole.OTHER),
                role("", ColumnRole.OTHER),
                role("Timeline", ColumnRole.OTHER),
                role("Whole", ColumnRole.OTHER),
                role("Itemised", ColumnRole.OTHER));
    }

    @Parameter(0)
    public String header;

    @Parameter(1)
    public ColumnRole expected;

    @Test
    public void theHeaderGivesTheColumnItsRole() {
        assertEquals(header, expected, ColumnRole.ofHeader(header));
    }

    private static Object[] role(String header, ColumnRole role) {
        return new Object[] {header, role};
    }
}

package dev.agenda.core.agenda;

import static dev.agenda.core.Fixtures.parse;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.storage.StorageElement;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class AgendaTableReaderTest {

    private final AgendaTableReader reader = new AgendaTableReader();

    private AgendaTable read(String body) {
        return reader.read(parse(body)).orElseThrow();
    }

    private static String text(Optional<StorageElement> cell) {
        return cell.map(StorageElement::textContent).orElse("(none)");
    }

    @Test
    public void columnsAreFoundByTheirHeadersInAnyOrder() {
        AgendaTable table = read("<table><tbody><tr><th>Who</th><th>ITEM</th><th>Room</th><th>When</th>"
                + "<th>Length</th></tr><tr><td>ktl</td><td>Welcome</td><td>A</td><td>9:00</td><td>10</td></tr>"
                + "</tbody></table>");

        assertTrue(table.hasHeaderRow());
        assertEquals(
                List.of(ColumnRole.CHAIR, ColumnRole.TOPIC, ColumnRole.OTHER, ColumnRole.TIME, ColumnRole.DURATION),
                table.columns().stream().map(AgendaColumn::role).toList());
        AgendaRow row = table.rows().get(0);
        assertEquals("Welcome", text(row.cell(ColumnRole.TOPIC)));
        assertEquals("9:00", text(row.cell(ColumnRole.TIME)));
        assertEquals("ktl", text(row.cell(ColumnRole.CHAIR)));
        assertEquals("A", text(row.otherCells().get(0)));
        assertEquals("Room", table.otherColumns().get(0).header());
    }

    @Test
    public void aHeaderRowOfOrdinaryCellsIsRecognisedByItsWords() {
        AgendaTable table = read("<table><tr><td><strong>Time</strong></td><td><strong>Topic</strong></td></tr>"
                + "<tr><td>9:00</td><td>Welcome</td></tr></table>");

        assertTrue(table.hasHeaderRow());
        assertEquals(1, table.rows().size());
    }

    @Test
    public void withoutAHeaderRowTheColumnsAreTimeTopicChairNotes() {
        AgendaTable table = read("<table><tbody><tr><td>09:00</td><td>Welcome</td><td>ktl</td><td>n</td>"
                + "<td>extra</td></tr><tr><td>09:30</td><td>Next</td></tr></tbody></table>");

        assertFalse(table.hasHeaderRow());
        assertEquals(2, table.rows().size());
        assertEquals("Welcome", text(table.rows().get(0).cell(ColumnRole.TOPIC)));
        assertEquals("ktl", text(table.rows().get(0).cell(ColumnRole.CHAIR)));
        assertEquals("extra", text(table.rows().get(0).otherCells().get(0)));
        assertEquals(
                "a short row has no chair",
                Optional.empty(),
                table.rows().get(1).cell(ColumnRole.CHAIR));
    }

    @Test
    public void aSecondColumnOfTheSameRoleIsKeptAsOther() {
        AgendaTable table = read("<table><tr><th>Topic</th><th>Notes</th><th>Outcome</th></tr>"
                + "<tr><td>a</td><td>b</td><td>c</td></tr></table>");

        assertEquals(ColumnRole.OTHER, table.columns().get(2).role());
        assertEquals("c", text(table.rows().get(0).otherCells().get(0)));
    }

    @Test
    public void aSingleCellSpanningTheTableIsASection() {
        AgendaTable table = read("<table><tr><th>Time</th><th>Topic</th></tr><tr><td colspan=\"2\">Afternoon</td></tr>"
                + "<tr><td>13:00</td><td>Talk</td></tr></table>");

        assertEquals(AgendaRow.Kind.SECTION, table.rows().get(0).kind());
        assertEquals(1, table.items().size());
    }

    @Test
    public void rowAndColumnSpansAreRepeatedInEveryPositionTheyCover() {
        AgendaTable table = read("<table><tr><th>Time</th><th>Topic</th><th>Chair</th><th>Notes</th></tr>"
                + "<tr><td>9:00</td><td>A</td><td rowspan=\"2\">ktl</td><td>n1</td></tr>"
                + "<tr><td>9:30</td><td colspan=\"1\">B</td><td>n2</td></tr>"
                + "<tr><td>10:00</td><td colspan=\"2\">C and chair</td><td>n3</td></tr></table>");

        assertEquals("ktl", text(table.rows().get(1).cell(ColumnRole.CHAIR)));
        assertEquals("n2", text(table.rows().get(1).cell(ColumnRole.NOTES)));
        assertEquals("C and chair", text(table.rows().get(2).cell(ColumnRole.CHAIR)));
        assertEquals("n3", text(table.rows().get(2).cell(ColumnRole.NOTES)));
    }

    @Test
    public void emptyRowsAreSkippedAndNestedTablesAreNotRows() {
        AgendaTable table = read("<table><tr><th>Time</th><th>Topic</th><th>Notes</th></tr>"
                + "<tr><td>9:00</td><td>A</td><td><table><tr><td>inner</td></tr></table></td></tr>"
                + "<tr><td><br /></td><td><p> </p></td><td></td></tr></table>");

        assertEquals(1, table.rows().size());
    }

    @Test
    public void noTableIsEmpty() {
        assertEquals(Optional.empty(), reader.read(parse("<p>No table yet</p>")));
    }
}

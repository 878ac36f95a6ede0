package dev.agenda.core.agenda;

import dev.agenda.core.storage.StorageElement;
import dev.agenda.core.storage.StorageNode;
import dev.agenda.core.storage.StorageText;
import dev.agenda.core.text.PlainText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the first table of an agenda macro's body into columns and rows.
 *
 * <p>The first row names the columns when all its cells are header cells or when at least two of its cells
 * name a known column; otherwise the columns are Time | Topic | Chair | Notes and every row is an item.
 * Row and column spans are expanded, so a spanning cell appears in every position it covers. A row with a
 * single cell spanning several columns is a section heading; a row with nothing in it is skipped. Stateless.
 */
public final class AgendaTableReader {

    private static final int MAX_SPAN = 100;

    /** The agenda table in the body, or empty when the body has no table. */
    public Optional<AgendaTable> read(StorageElement body) {
        Optional<StorageElement> table = firstTable(body);
        return table.map(this::readTable);
    }

    private AgendaTable readTable(StorageElement table) {
        List<StorageElement> tableRows = rowsOf(table);
        List<List<StorageElement>> grid = expandSpans(tableRows);
        boolean hasHeader = !grid.isEmpty() && isHeaderRow(tableRows.get(0), grid.get(0));
        List<AgendaColumn> columns = hasHeader ? columnsFromHeader(grid.get(0)) : defaultColumns(grid);

        List<AgendaRow> rows = new ArrayList<>();
        for (int r = hasHeader ? 1 : 0; r < grid.size(); r++) {
            List<StorageElement> cells = grid.get(r);
            StorageElement tableRow = tableRows.get(r);
            if (cells.stream().allMatch(AgendaTableReader::isEmptyCell)) {
                continue;
            }
            List<StorageElement> ownCells = cellsOf(tableRow);
            if (ownCells.size() == 1 && columns.size() > 1 && span(ownCells.get(0), "colspan") >= columns.size()) {
                rows.add(new AgendaRow(AgendaRow.Kind.SECTION, tableRow, Map.of(), List.of()));
                continue;
            }
            Map<ColumnRole, StorageElement> byRole = new EnumMap<>(ColumnRole.class);
            List<Optional<StorageElement>> others = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                StorageElement cell = c < cells.size() ? cells.get(c) : null;
                ColumnRole role = columns.get(c).role();
                if (role == ColumnRole.OTHER) {
                    others.add(Optional.ofNullable(cell));
                } else if (cell != null) {
                    byRole.put(role, cell);
                }
            }
            rows.add(new AgendaRow(AgendaRow.Kind.ITEM, tableRow, byRole, others));
        }
        return new AgendaTable(table, columns, hasHeader, rows);
    }

    private static Optional<StorageElement> firstTable(StorageElement body) {
        if (body.is("table")) {
            return Optional.of(body);
        }
        List<StorageElement> tables = body.descendants("table");
        return tables.isEmpty() ? Optional.empty() : Optional.of(tables.get(0));
    }

    /** The table's own rows: those directly in it or in its thead, tbody and tfoot, not those of nested tables. */
    private static List<StorageElement> rowsOf(StorageElement table) {
        List<StorageElement> rows = new ArrayList<>();
        for (StorageElement child : table.childElements()) {
            if (child.is("tr")) {
                rows.add(child);
            } else if (child.is("thead") || child.is("tbody") || child.is("tfoot")) {
                rows.addAll(child.childElements("tr"));
            }
        }
        return rows;
    }

    private static List<StorageElement> cellsOf(StorageElement tableRow) {
        List<StorageElement> cells = new ArrayList<>();
        for (StorageElement child : tableRow.childElements()) {
            if (child.is("td") || child.is("th")) {
                cells.add(child);
            }
        }
        return cells;
    }

    /** Lays the rows out on a grid, repeating each spanning cell in every position it covers. */
    private static List<List<StorageElement>> expandSpans(List<StorageElement> tableRows) {
        List<List<StorageElement>> grid = new ArrayList<>();
        Map<Integer, PendingSpan> spansFromAbove = new HashMap<>();
        for (StorageElement tableRow : tableRows) {
            List<StorageElement> positions = new ArrayList<>();
            for (StorageElement cell : cellsOf(tableRow)) {
                fillFromAbove(positions, spansFromAbove);
                int columnSpan = span(cell, "colspan");
                int rowSpan = span(cell, "rowspan");
                for (int k = 0; k < columnSpan; k++) {
                    if (rowSpan > 1) {
                        spansFromAbove.put(positions.size(), new PendingSpan(cell, rowSpan - 1));
                    }
                    positions.add(cell);
                }
            }
            fillFromAbove(positions, spansFromAbove);
            spansFromAbove.values().removeIf(pending -> pending.remainingRows <= 0);
            grid.add(positions);
        }
        return grid;
    }

    private static void fillFromAbove(List<StorageElement> positions, Map<Integer, PendingSpan> spansFromAbove) {
        PendingSpan pending;
        while ((pending = spansFromAbove.get(positions.size())) != null && pending.remainingRows > 0) {
            positions.add(pending.cell);
            pending.remainingRows--;
        }
    }

    private static int span(StorageElement cell, String attribute) {
        try {
            int span = Integer.parseInt(cell.attribute(attribute).orElse("1").strip());
            return Math.max(1, Math.min(MAX_SPAN, span));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static boolean isHeaderRow(StorageElement tableRow, List<StorageElement> cells) {
        List<StorageElement> own = cellsOf(tableRow);
        if (!own.isEmpty() && own.stream().allMatch(cell -> cell.is("th"))) {
            return true;
        }
        Set<ColumnRole> named = EnumSet.noneOf(ColumnRole.class);
        for (StorageElement cell : cells) {
            named.add(ColumnRole.ofHeader(PlainText.collapse(cell.textContent())));
        }
        named.remove(ColumnRole.OTHER);
        return named.size() >= 2;
    }

    private static List<AgendaColumn> columnsFromHeader(List<StorageElement> headerCells) {
        List<AgendaColumn> columns = new ArrayList<>();
        Set<ColumnRole> taken = EnumSet.noneOf(ColumnRole.class);
        StorageElement previous = null;
        for (StorageElement cell : headerCells) {
            String header = PlainText.collapse(cell.textContent());
            ColumnRole role = ColumnRole.ofHeader(header);
            if (cell == previous || (role != ColumnRole.OTHER && !taken.add(role))) {
                role = ColumnRole.OTHER;
            }
            columns.add(new AgendaColumn(role, header));
            previous = cell;
        }
        return columns;
    }

    private static List<AgendaColumn> defaultColumns(List<List<StorageElement>> grid) {
        int width = grid.stream().mapToInt(List::size).max().orElse(0);
        List<AgendaColumn> columns = new ArrayList<>();
        for (int c = 0; c < Math.max(width, ColumnRole.WITHOUT_HEADER.size()); c++) {
            ColumnRole role =
                    c < ColumnRole.WITHOUT_HEADER.size() ? ColumnRole.WITHOUT_HEADER.get(c) : ColumnRole.OTHER;
            columns.add(new AgendaColumn(role, ""));
        }
        return columns;
    }

    private static boolean isEmptyCell(StorageElement cell) {
        for (StorageNode child : cell.children()) {
            if (child instanceof StorageText text
                    && !PlainText.collapse(text.text()).isEmpty()) {
                return false;
            }
            if (child instanceof StorageElement element
                    && !element.is("br")
                    && !(element.is("p") && isEmptyCell(element))) {
                return false;
            }
        }
        return true;
    }

    private static final class PendingSpan {
        private final StorageElement cell;
        private int remainingRows;

        PendingSpan(StorageElement cell, int remainingRows) {
            this.cell = cell;
            this.remainingRows = remainingRows;
        }
    }
}

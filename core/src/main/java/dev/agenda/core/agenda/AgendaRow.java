package dev.agenda.core.agenda;

import dev.agenda.core.storage.SourcePosition;
import dev.agenda.core.storage.StorageElement;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A row of an agenda table, its cells sorted by column role. An {@link Kind#ITEM} is an agenda item; a
 * {@link Kind#SECTION} is a single cell spanning the table ("Afternoon session"), shown as a heading.
 * Cells are the table's own {@code td}/{@code th} elements; a cell spanning several rows or columns appears
 * in each position it covers.
 */
public final class AgendaRow {

    /** How a row takes part in the agenda. */
    public enum Kind {
        ITEM,
        SECTION
    }

    private final Kind kind;
    private final StorageElement tableRow;
    private final Map<ColumnRole, StorageElement> cells;
    private final List<Optional<StorageElement>> otherCells;

    public AgendaRow(
            Kind kind,
            StorageElement tableRow,
            Map<ColumnRole, StorageElement> cells,
            List<Optional<StorageElement>> otherCells) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.tableRow = Objects.requireNonNull(tableRow, "tableRow");
        this.cells = cells.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(cells));
        this.otherCells = List.copyOf(otherCells);
    }

    public Kind kind() {
        return kind;
    }

    /** The {@code tr} element this row was read from. */
    public StorageElement tableRow() {
        return tableRow;
    }

    public SourcePosition position() {
        return tableRow.position();
    }

    /** The cell of the given role; empty when the table has no such column or the row is short. */
    public Optional<StorageElement> cell(ColumnRole role) {
        return Optional.ofNullable(cells.get(role));
    }

    /** The row's cells in the table's {@link ColumnRole#OTHER} columns, in column order. */
    public List<Optional<StorageElement>> otherCells() {
        return otherCells;
    }
}

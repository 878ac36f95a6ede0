package dev.agenda.core.agenda;

import dev.agenda.core.storage.StorageElement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The table inside an agenda macro, read into columns and rows. The table element itself is kept so that
 * content around it in the macro body can be shown in place.
 *
 * @param hasHeaderRow whether the first row named the columns (otherwise Time | Topic | Chair | Notes)
 */
public record AgendaTable(
        StorageElement table, List<AgendaColumn> columns, boolean hasHeaderRow, List<AgendaRow> rows) {

    public AgendaTable {
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public boolean has(ColumnRole role) {
        return columns.stream().anyMatch(column -> column.role() == role);
    }

    public Optional<AgendaColumn> column(ColumnRole role) {
        return columns.stream().filter(column -> column.role() == role).findFirst();
    }

    /** The columns the table has beyond the recognised ones, in order. */
    public List<AgendaColumn> otherColumns() {
        return columns.stream()
                .filter(column -> column.role() == ColumnRole.OTHER)
                .toList();
    }

    /** The agenda items, without section rows. */
    public List<AgendaRow> items() {
        return rows.stream().filter(row -> row.kind() == AgendaRow.Kind.ITEM).toList();
    }
}

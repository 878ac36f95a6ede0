package dev.agenda.core.agenda;

import java.util.Objects;

/** A column of an agenda table: what it holds and its header as written (empty for a table without headers). */
public record AgendaColumn(ColumnRole role, String header) {

    public AgendaColumn {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(header, "header");
    }
}

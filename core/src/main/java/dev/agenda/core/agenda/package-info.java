/**
 * The {@code agenda} macro, read and computed. {@link AgendaReader} turns a macro's parameters and rich-text body
 * into an {@link Agenda}: validated {@link AgendaParameters} (a bad value falls back to its default with a problem
 * shown), the table read by {@link AgendaTableReader} into columns recognised by header ({@link ColumnRole}) and rows
 * ({@link AgendaRow}), and each row's {@link AgendaEntry} with its place in the day. It also answers which item runs
 * at a given instant, in the agenda's own timezone.
 *
 * <p>Never fails on content. Built on core's {@code storage}, {@code text} and {@code schedule}; no rendering here.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.core.agenda;

import org.jspecify.annotations.NullMarked;

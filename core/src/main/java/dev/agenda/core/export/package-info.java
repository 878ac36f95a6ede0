/**
 * A page's action items as data for other programs: {@link ActionsJson}, the one JSON form the command line
 * ({@code agenda actions}) and the REST resource both answer, and {@link ActionsCsv}, the same fields as RFC 4180 CSV
 * with spreadsheet formulas defused. Both are thread-safe writers of a list of
 * {@link dev.agenda.core.actions.ActionItem}s. {@link RegisterJson} and {@link RegisterCsv} write the action register
 * ({@link dev.agenda.core.register.RegisterEntry}s) in the same shapes, with each action's meeting and issue added.
 *
 * <p>Depends on core's action items, the register and on Jackson for JSON; no host or HTTP types.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.core.export;

import org.jspecify.annotations.NullMarked;

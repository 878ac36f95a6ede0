/**
 * The {@code agenda} macro as Confluence calls it: {@link AgendaMacro} implements Confluence's {@code Macro}, asks
 * for its body in storage format ({@code @RequiresFormat(Format.Storage)}, because the agenda is read from structure
 * that view HTML loses), requires the plugin's web resource, and hands everything else to core's
 * {@link dev.agenda.core.render.AgendaMacroView} with a render context built from the host adapters and the live
 * status source. {@link RegisterMacro}, the {@code agenda-actions} macro, renders the action register across pages
 * through core's {@link dev.agenda.core.render.RegisterView} from what the services already know, never asking Jira.
 * Created by the plugin container with constructor autowiring, so each keeps a public constructor.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.confluence.macro;

import org.jspecify.annotations.NullMarked;

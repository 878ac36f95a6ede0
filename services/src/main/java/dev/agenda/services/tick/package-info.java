/**
 * Ticking one action's task from the page: {@link PageTickService} records the tick through the {@link TaskTicks} port
 * (Confluence's task status, or the preview's page file), then, if a sync has already given the action an issue (a
 * tick never creates one), syncs that one action so the issue moves into or out of the done category and the state
 * records it exactly as a page sync would. The {@link TickResult} carries the action's fresh statuses.
 *
 * <p>Built on the {@code page}, {@code sync} and {@code status} services; no host types.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.services.tick;

import org.jspecify.annotations.NullMarked;

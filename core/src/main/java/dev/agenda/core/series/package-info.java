/**
 * Meetings as a series. {@link NextMeeting} makes the next meeting's page from the last one: the same agendas on the
 * new date with their notes emptied, a link back, and every action still open carried into a section of its own, each
 * carried task linking to the meeting it was first written in ({@link dev.agenda.core.actions.CarriedFrom}) so that
 * a sync of either page gives the action one Jira issue.
 * <p>Built on core's {@code storage}, {@code agenda}, {@code actions} and {@code page}; pure, no host or HTTP types.
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.core.series;

import org.jspecify.annotations.NullMarked;

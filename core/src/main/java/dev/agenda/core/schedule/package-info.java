/**
 * The timing rules of an agenda, apart from how the agenda is written. {@link TimeParser} and {@link DurationParser}
 * read the times and durations people write in table cells; {@link ScheduleCalculator} places every row
 * ({@link ScheduleEntry}) in the day as a slot, a marker or unscheduled ({@link ScheduledItem}) and computes the day's
 * span ({@link DaySchedule}). Problems never stop the computation: they become warnings on the row concerned.
 * {@link ClockFormat} writes times and durations back as the page shows them.
 *
 * <p>Depends on {@code java.time} only: no storage format, no rendering.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.core.schedule;

import org.jspecify.annotations.NullMarked;

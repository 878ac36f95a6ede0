/**
 * A meeting page's agendas as an iCalendar (RFC 5545) document, for people's calendars: {@link AgendaCalendar} writes
 * one event per agenda (per meeting day) from its schedule, in the agenda's own time zone with the zone's rules as a
 * {@code VTIMEZONE}, and a stable {@code UID} per agenda and day so that importing again updates the event rather than
 * adding a second one. {@link ContentLines} writes the text itself (CRLF, folding at 75 octets, TEXT escaping);
 * {@link ZoneDefinition} turns {@link java.time.zone.ZoneRules} into a {@code VTIMEZONE}. An agenda the calendar cannot
 * place (no date) is a {@link CalendarException} naming it.
 *
 * <p>Depends on core's page, agenda, schedule and text packages and on {@code java.time}; no library writes the
 * iCalendar text (the tests read it back with ical4j), no host or HTTP types.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.core.calendar;

import org.jspecify.annotations.NullMarked;

package dev.agenda.core.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code VTIMEZONE} (RFC 5545 §3.6.5) built from the JDK's rules of a zone, for the years a calendar's events span:
 * one {@code STANDARD} or {@code DAYLIGHT} observance per transition, from the last transition before the first year
 * (so the offset in force on its first day is defined) to the last one within the last year; each with its
 * {@code DTSTART} in the local time before the transition and its {@code TZOFFSETFROM}/{@code TZOFFSETTO}. A zone
 * without transitions (America/Phoenix since 1968 has one offset) gets one {@code STANDARD} observance. Immutable.
 */
final class ZoneDefinition {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    /** The start of an observance that has been in force since before any event: the iCalendar convention. */
    private static final LocalDateTime SINCE_EVER = LocalDateTime.of(1970, 1, 1, 0, 0);

    private final ZoneId zone;
    private final int firstYear;
    private final int lastYear;

    ZoneDefinition(ZoneId zone, int firstYear, int lastYear) {
        this.zone = zone;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    /** Whether times in this zone are written in UTC ({@code …Z}) rather than with a {@code TZID}. */
    static boolean isUtc(ZoneId zone) {
        ZoneRules rules = zone.getRules();
        return rules.isFixedOffset() && rules.getOffset(Instant.EPOCH).equals(ZoneOffset.UTC);
    }

    void writeTo(ContentLines lines) {
        ZoneRules rules = zone.getRules();
        lines.raw("BEGIN", "VTIMEZONE");
        lines.text("TZID", zone.getId());
        Instant from =
                LocalDate.of(firstYear, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant until =
                LocalDate.of(lastYear + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<ZoneOffsetTransition> transitions = new ArrayList<>();
        ZoneOffsetTransition before = rules.previousTransition(from.plusSeconds(1));
        if (before != null) {
            transitions.add(before);
        }
        ZoneOffsetTransition next = rules.nextTransition(from);
        while (next != null && next.getInstant().isBefore(until)) {
            if (before == null || !next.equals(before)) {
                transitions.add(next);
            }
            next = rules.nextTransition(next.getInstant());
        }
        if (transitions.isEmpty()) {
            ZoneOffset offset = rules.getOffset(from);
            observance(lines, "STANDARD", SINCE_EVER, offset, offset);
        } else {
            for (ZoneOffsetTransition transition : transitions) {
                boolean daylight = rules.isDaylightSavings(transition.getInstant());
                observance(
                        lines,
                        daylight ? "DAYLIGHT" : "STANDARD",
                        transition.getDateTimeBefore(),
                        transition.getOffsetBefore(),
                        transition.getOffsetAfter());
            }
        }
        lines.raw("END", "VTIMEZONE");
    }

    private static void observance(
            ContentLines lines, String kind, LocalDateTime start, ZoneOffset offsetFrom, ZoneOffset offsetTo) {
        lines.raw("BEGIN", kind);
        lines.raw("DTSTART", LOCAL.format(start));
        lines.raw("TZOFFSETFROM", offset(offsetFrom));
        lines.raw("TZOFFSETTO", offset(offsetTo));
        lines.raw("END", kind);
    }

    /** {@code UTC-OFFSET} (§3.3.14): {@code -0700}, seconds only when there are some. */
    static String offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        int magnitude = Math.abs(total);
        String sign = total < 0 ? "-" : "+";
        String hhmm = String.format(java.util.Locale.ROOT, "%02d%02d", magnitude / 3600, magnitude / 60 % 60);
        return magnitude % 60 == 0
                ? sign + hhmm
                : sign + hhmm + String.format(java.util.Locale.ROOT, "%02d", magnitude % 60);
    }
}

package dev.agenda.core.calendar;

import dev.agenda.core.agenda.Agenda;
import dev.agenda.core.agenda.AgendaEntry;
import dev.agenda.core.agenda.ColumnRole;
import dev.agenda.core.page.MeetingPageReader;
import dev.agenda.core.schedule.DaySchedule;
import dev.agenda.core.schedule.ScheduledItem;
import dev.agenda.core.storage.StorageElement;
import dev.agenda.core.text.InlineTokenizer;
import dev.agenda.core.text.PlainText;
import dev.agenda.core.users.UserDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a meeting page's agendas as an iCalendar document (RFC 5545): one {@code VEVENT} per agenda, that is per
 * meeting day. It is a file to import, not a scheduling message: without a {@code METHOD} (iTIP's {@code PUBLISH}
 * would require an {@code ORGANIZER}, which a page does not have).
 *
 * <ul>
 *   <li>The event runs from the start of the agenda's first item to the end of its day as the page computes it (its
 *       closing marker, else its last marker or the end of its last slot), in the agenda's own time zone:
 *       {@code DTSTART;TZID=…} with a {@code VTIMEZONE} from the JDK's rules for the years the events span; an agenda
 *       in UTC is written in UTC ({@code …Z}) without one. An agenda with a date but no time at all is an all-day
 *       event ({@code VALUE=DATE}), as a calendar shows a day whose hours are not known.
 *   <li>{@code SUMMARY}: the page's title and the agenda's title (only the page's when it already names the
 *       agenda); {@code DESCRIPTION}: one line per item, {@code 09:00–09:30 Topic (Chair)}, then the page's address,
 *       which is also the event's {@code URL}.
 *   <li>{@code UID}: the page id, the agenda macro's id (its position among the page's agendas when it has none)
 *       and the date, {@code @} {@link #UID_DOMAIN}: the same on every export, so importing again updates the event.
 *       {@code SEQUENCE} stays 0 and {@code DTSTAMP} is the export's time from the clock, so of two exports of the
 *       same event the later one is the newer revision (RFC 5546 §2.1.5 orders equal sequences by {@code DTSTAMP});
 *       {@code LAST-MODIFIED} is the page's, where the host knows it.
 * </ul>
 *
 * An agenda without a date cannot be placed in a calendar: the whole export fails with a {@link CalendarException}
 * naming the agenda, rather than leave a day out silently. Thread-safe.
 */
public final class AgendaCalendar {

    /** The fixed right-hand side of every {@code UID}: the app's, whichever host exported the event. */
    public static final String UID_DOMAIN = "agenda.dev";
    /** The {@code PRODID} every document carries. */
    public static final String PRODUCT_ID = "-//dev.agenda//Meeting agenda//EN";

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final Clock clock;
    private final InlineTokenizer tokenizer;

    /**
     * @param clock the time each export is stamped with ({@code DTSTAMP})
     * @param users the directory chairs are named from
     */
    public AgendaCalendar(Clock clock, UserDirectory users) {
        this.clock = clock;
        this.tokenizer = new InlineTokenizer(users);
    }

    /**
     * The page's agendas as one iCalendar document, lines ended by CRLF.
     *
     * @throws CalendarException when the page has no agenda, or an agenda has no date
     */
    public String write(CalendarSource source) throws CalendarException {
        List<Identified> agendas = agendasWithIds(source);
        if (agendas.isEmpty()) {
            throw new CalendarException("The page ‘" + source.title() + "’ has no agenda to put in a calendar: "
                    + "insert the agenda macro around its Time | Topic | Chair | Notes table.");
        }
        List<Dated> events = new ArrayList<>();
        int position = 0;
        for (Identified identified : agendas) {
            position++;
            Optional<LocalDate> day = identified.agenda().day();
            if (day.isEmpty()) {
                throw new CalendarException(describe(identified.agenda(), position, agendas.size())
                        + " has no date, so it cannot be put in a calendar: give the agenda macro a date "
                        + "(YYYY-MM-DD, e.g. 2017-11-13).");
            }
            events.add(new Dated(identified.agenda(), identified.id(), day.get()));
        }

        ContentLines lines = new ContentLines();
        lines.raw("BEGIN", "VCALENDAR");
        lines.raw("VERSION", "2.0");
        lines.text("PRODID", PRODUCT_ID);
        lines.raw("CALSCALE", "GREGORIAN");
        writeZones(lines, events);
        String stamp = utc(clock.instant());
        for (Dated event : events) {
            writeEvent(lines, source, event, stamp);
        }
        lines.raw("END", "VCALENDAR");
        return lines.document();
    }

    /** An agenda with the id its events are known by: its macro's id, or its position when it has none. */
    private record Identified(Agenda agenda, String id) {}

    /** An agenda with its id and its day, ready to be an event. */
    private record Dated(Agenda agenda, String id, LocalDate day) {}

    /** The page's agendas in order, each with the id of its macro or, when it has none, its position. */
    private static List<Identified> agendasWithIds(CalendarSource source) {
        List<Identified> agendas = new ArrayList<>();
        List<StorageElement> macros = new ArrayList<>();
        source.meeting().root().visitDescendants(element -> {
            if (element.isMacro(MeetingPageReader.AGENDA_MACRO)) {
                macros.add(element);
            }
        });
        int position = 0;
        for (StorageElement macro : macros) {
            position++;
            Optional<Agenda> agenda = source.meeting().agendaOf(macro);
            if (agenda.isPresent()) {
                String id = macro.attribute("ac:macro-id")
                        .filter(value -> value.matches("[A-Za-z0-9-]{1,64}"))
                        .orElse("agenda" + position);
                agendas.add(new Identified(agenda.get(), id));
            }
        }
        // One agenda macro's body, as Confluence passes it to the macro: no macro element to find.
        if (agendas.isEmpty() && source.meeting().agendas().size() == 1) {
            agendas.add(new Identified(source.meeting().agendas().get(0), "agenda1"));
        }
        return agendas;
    }

    private static String describe(Agenda agenda, int position, int count) {
        String title = agenda.parameters().title();
        StringBuilder words = new StringBuilder("The agenda");
        if (!title.isBlank()) {
            words.append(" ‘").append(title).append('’');
        }
        words.append(" (").append(ordinal(position)).append(" of ").append(count);
        if (agenda.position().isKnown()) {
            words.append(", at line ")
                    .append(agenda.position().line())
                    .append(", column ")
                    .append(agenda.position().column());
        }
        return words.append(')').toString();
    }

    private static String ordinal(int position) {
        return switch (position) {
            case 1 -> "first";
            case 2 -> "second";
            case 3 -> "third";
            default -> "number " + position;
        };
    }

    private static void writeZones(ContentLines lines, List<Dated> events) {
        Map<ZoneId, int[]> years = new LinkedHashMap<>();
        for (Dated event : events) {
            ZoneId zone = event.agenda().parameters().zone();
            int year = event.day().getYear();
            if (ZoneDefinition.isUtc(zone) || !hasTimes(event.agenda().schedule())) {
                continue;
            }
            int[] span = years.computeIfAbsent(zone, z -> new int[] {year, year});
            span[0] = Math.min(span[0], year);
            span[1] = Math.max(span[1], year);
        }
        years.forEach((zone, span) -> new ZoneDefinition(zone, span[0], span[1]).writeTo(lines));
    }

    private static boolean hasTimes(DaySchedule schedule) {
        return schedule.dayStart().isPresent();
    }

    private void writeEvent(ContentLines lines, CalendarSource source, Dated event, String stamp) {
        Agenda agenda = event.agenda();
        LocalDate day = event.day();
        String agendaId = event.id();
        lines.raw("BEGIN", "VEVENT");
        lines.text("UID", source.meeting().pageId() + "-" + agendaId + "-" + DATE.format(day) + "@" + UID_DOMAIN);
        lines.raw("DTSTAMP", stamp);
        ZoneId zone = agenda.parameters().zone();
        DaySchedule schedule = agenda.schedule();
        if (schedule.dayStart().isEmpty()) {
            lines.raw("DTSTART;VALUE=DATE", DATE.format(day));
            lines.raw("DTEND;VALUE=DATE", DATE.format(day.plusDays(1)));
        } else {
            LocalTime start = schedule.dayStart().get();
            lines.raw(timeProperty("DTSTART", zone), dateTime(day.atTime(start), zone));
            Optional<LocalTime> end = schedule.dayEnd().filter(time -> !time.equals(start));
            if (end.isPresent()) {
                // A day that ends before it starts runs past midnight.
                LocalDate endDay = end.get().isBefore(start) ? day.plusDays(1) : day;
                lines.raw(timeProperty("DTEND", zone), dateTime(endDay.atTime(end.get()), zone));
            }
        }
        lines.text("SUMMARY", summary(source.title(), agenda.parameters().title()));
        lines.text("DESCRIPTION", description(agenda, source.address()));
        lines.raw("URL", source.address());
        lines.raw("SEQUENCE", "0");
        Instant lastModified = source.lastModified();
        if (lastModified != null) {
            lines.raw("LAST-MODIFIED", utc(lastModified));
        }
        lines.raw("TRANSP", "OPAQUE");
        lines.raw("END", "VEVENT");
    }

    private static String timeProperty(String name, ZoneId zone) {
        return ZoneDefinition.isUtc(zone) ? name : name + ";TZID=" + tzid(zone);
    }

    /** A TZID parameter value, quoted when it holds a character a parameter value may not (§3.2). */
    private static String tzid(ZoneId zone) {
        String id = zone.getId();
        return id.matches("[^\";:,]*") ? id : "\"" + id.replace("\"", "") + "\"";
    }

    private static String dateTime(LocalDateTime local, ZoneId zone) {
        if (ZoneDefinition.isUtc(zone)) {
            return LOCAL.format(local) + "Z";
        }
        return LOCAL.format(local);
    }

    private static String utc(Instant instant) {
        return LOCAL.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)) + "Z";
    }

    private static String summary(String pageTitle, String agendaTitle) {
        String page = PlainText.collapse(pageTitle);
        String agenda = PlainText.collapse(agendaTitle);
        if (agenda.isEmpty() || page.toLowerCase(Locale.ROOT).contains(agenda.toLowerCase(Locale.ROOT))) {
            return page.isEmpty() ? agenda : page;
        }
        return page.isEmpty() ? agenda : page + ": " + agenda;
    }

    private String description(Agenda agenda, String address) {
        List<String> lines = new ArrayList<>();
        for (AgendaEntry entry : agenda.entries()) {
            String topic = entry.topic();
            if (entry.isSection()) {
                lines.add(topic);
                continue;
            }
            StringBuilder line = new StringBuilder();
            String time = entry.schedule().kind() == ScheduledItem.Kind.TO_BE_DECIDED
                    ? "(" + entry.timeText() + ")"
                    : entry.timeText();
            if (!time.isEmpty()) {
                line.append(time).append(' ');
            }
            line.append(topic.isEmpty() ? "(no topic)" : topic);
            entry.row()
                    .cell(ColumnRole.CHAIR)
                    .map(cell -> PlainText.of(cell, tokenizer))
                    .filter(chair -> !chair.isEmpty())
                    .ifPresent(chair -> line.append(" (").append(chair).append(')'));
            lines.add(line.toString());
        }
        lines.add("");
        lines.add(address);
        return String.join("\n", lines);
    }
}

package dev.agenda.core.agenda;

import dev.agenda.core.schedule.DaySchedule;
import dev.agenda.core.schedule.DurationParser;
import dev.agenda.core.schedule.ScheduleCalculator;
import dev.agenda.core.schedule.ScheduleEntry;
import dev.agenda.core.schedule.ScheduledItem;
import dev.agenda.core.schedule.TimeCell;
import dev.agenda.core.schedule.TimeParser;
import dev.agenda.core.storage.SourcePosition;
import dev.agenda.core.storage.StorageElement;
import dev.agenda.core.text.InlineTokenizer;
import dev.agenda.core.text.PlainText;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an {@code agenda} macro (its parameters and rich-text body) into an {@link Agenda}: finds the table,
 * reads each row's time, duration and topic, and computes the schedule. Never fails on content: what cannot
 * be understood is kept as written and described in warnings. Thread-safe.
 */
public final class AgendaReader {

    /** Topics that close the meeting; such a row without a duration is a marker, not a slot. */
    private static final Pattern CLOSING = Pattern.compile(
            "(finish|finished|close|closing|end|end of (the )?(meeting|day)|adjourn|adjourned|adjournment"
                    + "|meeting (ends|closes|closed|adjourns|adjourned))");

    private final InlineTokenizer tokenizer;
    private final ZoneId serverZone;
    private final AgendaTableReader tableReader = new AgendaTableReader();
    private final TimeParser timeParser = new TimeParser();
    private final DurationParser durationParser = new DurationParser();
    private final ScheduleCalculator calculator = new ScheduleCalculator();

    public AgendaReader(InlineTokenizer tokenizer, ZoneId serverZone) {
        this.tokenizer = tokenizer;
        this.serverZone = serverZone;
    }

    /** Reads an {@code agenda} macro element as it stands in a page's storage format. */
    public Agenda readMacro(StorageElement macro) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (StorageElement parameter : macro.childElements("ac:parameter")) {
            parameter.attribute("ac:name").ifPresent(name -> parameters.put(name, parameter.textContent()));
        }
        StorageElement body = macro.firstChild("ac:rich-text-body").orElse(macro);
        return read(parameters, body, macro.position());
    }

    /**
     * Reads an agenda from the macro's parameters and its body, as Confluence hands them to a macro.
     *
     * @param body the parsed rich-text body (storage format)
     */
    public Agenda read(Map<String, String> rawParameters, StorageElement body, SourcePosition position) {
        AgendaParameters parameters = AgendaParameters.parse(rawParameters, serverZone);
        List<String> warnings = new ArrayList<>(parameters.problems());
        Optional<AgendaTable> table = tableReader.read(body);
        if (table.isEmpty()) {
            warnings.add("This agenda has no table yet: add one with the columns Time | Topic | Chair | Notes.");
            return new Agenda(
                    parameters,
                    table,
                    List.of(),
                    new DaySchedule(List.of(), Optional.empty(), Optional.empty(), List.of()),
                    warnings,
                    body,
                    position);
        }
        AgendaTable agendaTable = table.get();
        if (agendaTable.hasHeaderRow() && !agendaTable.has(ColumnRole.TOPIC)) {
            warnings.add("No column of this table is headed Topic (or Item, Subject, Title), so items have no topic.");
        }

        List<AgendaRow> itemRows = agendaTable.items();
        List<String> topics = new ArrayList<>();
        List<ScheduleEntry> scheduleEntries = new ArrayList<>();
        for (AgendaRow row : itemRows) {
            String topic = row.cell(ColumnRole.TOPIC)
                    .map(cell -> PlainText.of(cell, tokenizer))
                    .orElse("");
            topics.add(topic);
            scheduleEntries.add(scheduleEntry(row, topic));
        }
        DaySchedule schedule =
                calculator.compute(scheduleEntries, parameters.start().orElse(null), agendaTable.has(ColumnRole.TIME));
        warnings.addAll(schedule.warnings());

        List<AgendaEntry> entries = new ArrayList<>();
        int item = 0;
        for (AgendaRow row : agendaTable.rows()) {
            if (row.kind() == AgendaRow.Kind.SECTION) {
                String heading = PlainText.of(row.tableRow(), tokenizer);
                entries.add(new AgendaEntry(
                        row,
                        heading,
                        new ScheduledItem(
                                ScheduledItem.Kind.UNSCHEDULED, Optional.empty(), Optional.empty(), List.of())));
            } else {
                entries.add(
                        new AgendaEntry(row, topics.get(item), schedule.items().get(item)));
                item++;
            }
        }
        return new Agenda(parameters, table, entries, schedule, warnings, body, position);
    }

    private ScheduleEntry scheduleEntry(AgendaRow row, String topic) {
        TimeCell time = row.cell(ColumnRole.TIME)
                .map(cell -> timeParser.parse(PlainText.of(cell, tokenizer)))
                .orElse(new TimeCell.Blank());
        String durationText = row.cell(ColumnRole.DURATION)
                .map(cell -> PlainText.of(cell, tokenizer))
                .orElse("");
        Optional<Duration> duration = durationParser.parse(durationText);
        return new ScheduleEntry(time, duration, durationText, isClosing(topic));
    }

    private static boolean isClosing(String topic) {
        String words = topic.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\s]", " ")
                .strip()
                .replaceAll("\\s+", " ");
        return CLOSING.matcher(words).matches();
    }
}

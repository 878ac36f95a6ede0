package dev.agenda.core.export;

import dev.agenda.core.register.RegisterEntry;
import dev.agenda.core.tracker.IssueStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The CSV form of the action register: {@link ActionsCsv}'s columns (with {@code jiraKey} the tracking issue) and then
 * {@code page}, {@code pageTitle}, {@code pageAddress}, {@code meetingDate}, {@code jiraStatus}, {@code done},
 * {@code overdue}; quoted and defused as {@link ActionsCsv} does. Thread-safe.
 */
public final class RegisterCsv {

    private static final List<String> MORE =
            List.of("page", "pageTitle", "pageAddress", "meetingDate", "jiraStatus", "done", "overdue");

    /** The entries as CSV, {@code overdue} as of {@code today}. */
    public String write(List<RegisterEntry> entries, LocalDate today) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(ActionsCsv.HEADER);
        header.addAll(MORE);
        ActionsCsv.row(csv, header);
        int jiraKey = ActionsCsv.HEADER.indexOf("jiraKey");
        for (RegisterEntry entry : entries) {
            List<String> fields = new ArrayList<>(ActionsCsv.fields(entry.action()));
            fields.set(jiraKey, entry.jiraKey().orElse(""));
            fields.add(entry.page().pageId());
            fields.add(entry.page().title());
            fields.add(entry.page().address());
            fields.add(entry.meetingDate().map(LocalDate::toString).orElse(""));
            fields.add(entry.jiraStatus().map(IssueStatus::name).orElse(""));
            fields.add(String.valueOf(entry.done()));
            fields.add(String.valueOf(entry.overdueOn(today)));
            ActionsCsv.row(csv, fields);
        }
        return csv.toString();
    }
}

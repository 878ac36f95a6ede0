package dev.agenda.core.export;

import dev.agenda.core.actions.ActionItem;
import dev.agenda.core.issues.IssueKey;
import dev.agenda.core.users.Person;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The CSV form of a page's actions (RFC 4180, CRLF line ends, a header row): the JSON fields as columns, lists
 * joined with {@code ;}. A value a spreadsheet would run as a formula (starting {@code = + - @}, tab or carriage
 * return: OWASP's "CSV injection") is written with a leading apostrophe, so it opens as the text it is. Thread-safe.
 */
public final class ActionsCsv {

    static final List<String> HEADER =
            List.of("id", "taskId", "status", "assignees", "due", "text", "topic", "day", "issueKeys", "jiraKey");

    public String write(List<ActionItem> actions) {
        StringBuilder csv = new StringBuilder();
        row(csv, HEADER);
        for (ActionItem action : actions) {
            row(csv, fields(action));
        }
        return csv.toString();
    }

    /** The action's fields in {@link #HEADER}'s order, as text. */
    static List<String> fields(ActionItem action) {
        return List.of(
                action.id(),
                action.taskId(),
                action.status().storageValue(),
                action.assignees().stream().map(Person::username).collect(Collectors.joining(";")),
                action.due().map(LocalDate::toString).orElse(""),
                action.text(),
                action.topic().orElse(""),
                action.day().map(LocalDate::toString).orElse(""),
                action.issueKeys().stream().map(IssueKey::toString).collect(Collectors.joining(";")),
                action.jiraKey().orElse(""));
    }

    static void row(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quoted(fields.get(i)));
        }
        csv.append("\r\n");
    }

    private static String quoted(String value) {
        String field = value.isEmpty() || "=+-@\t\r".indexOf(value.charAt(0)) < 0 ? value : "'" + value;
        boolean needsQuotes = field.indexOf(',') >= 0
                || field.indexOf('"') >= 0
                || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0
                || field.startsWith(" ")
                || field.endsWith(" ");
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}

package dev.agenda.core.users;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a user directory from CSV (RFC 4180: commas, double-quoted fields, doubled quotes inside them, CRLF or
 * LF). The header row names the columns: {@code username} is required; {@code userkey}, {@code account_id},
 * {@code full_name}, {@code email} and {@code jira_user} are optional; other columns are ignored. A blank
 * line is skipped. Any other problem (a row with the wrong number of fields, an unterminated quote, a missing
 * or duplicate username) is an error naming its line: a directory that silently drops people would render them
 * as unknown.
 */
public final class CsvUserDirectoryReader {

    private static final List<String> KNOWN_COLUMNS =
            List.of("username", "userkey", "account_id", "full_name", "email", "jira_user");

    public InMemoryUserDirectory read(String csv) throws UserDirectoryFormatException {
        List<Row> rows = new CsvRows(csv.startsWith("\uFEFF") ? csv.substring(1) : csv).all();
        if (rows.isEmpty()) {
            throw new UserDirectoryFormatException(
                    0, "the file is empty; it needs a header row with a " + "'username' column");
        }
        Row header = rows.get(0);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            columns.putIfAbsent(header.fields().get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        if (!columns.containsKey("username")) {
            throw new UserDirectoryFormatException(
                    header.line(),
                    "no 'username' column in the header (found: "
                            + String.join(", ", header.fields()) + "; known columns: "
                            + String.join(", ", KNOWN_COLUMNS)
                            + ")");
        }
        List<User> users = new ArrayList<>();
        Map<String, Integer> firstLineOfUsername = new HashMap<>();
        for (Row row : rows.subList(1, rows.size())) {
            if (row.fields().size() != header.fields().size()) {
                throw new UserDirectoryFormatException(
                        row.line(),
                        "expected " + header.fields().size() + " fields like the header, found "
                                + row.fields().size());
            }
            String username = row.fields().get(columns.get("username")).strip();
            if (username.isEmpty()) {
                throw new UserDirectoryFormatException(row.line(), "the username is empty");
            }
            Integer earlier = firstLineOfUsername.putIfAbsent(username, row.line());
            if (earlier != null) {
                throw new UserDirectoryFormatException(
                        row.line(), "username '" + username + "' is listed twice (first on line " + earlier + ")");
            }
            users.add(new User(
                    username,
                    optional(row, columns, "userkey"),
                    optional(row, columns, "account_id"),
                    optional(row, columns, "full_name"),
                    optional(row, columns, "email"),
                    optional(row, columns, "jira_user")));
        }
        return new InMemoryUserDirectory(users);
    }

    private static Optional<String> optional(Row row, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        if (index == null) {
            return Optional.empty();
        }
        String value = row.fields().get(index).strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private record Row(int line, List<String> fields) {}

    /** An RFC 4180 tokenizer that remembers the line each record starts on. */
    private static final class CsvRows {
        private final String text;
        private int position;
        private int line = 1;

        CsvRows(String text) {
            this.text = text;
        }

        List<Row> all() throws UserDirectoryFormatException {
            List<Row> rows = new ArrayList<>();
            while (position < text.length()) {
                int startLine = line;
                List<String> fields = record();
                boolean blank = fields.size() == 1 && fields.get(0).isBlank();
                if (!blank) {
                    rows.add(new Row(startLine, fields));
                }
            }
            return rows;
        }

        private List<String> record() throws UserDirectoryFormatException {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            int quoteLine = line;
            while (position < text.length()) {
                char c = text.charAt(position++);
                if (quoted) {
                    if (c == '"') {
                        if (position < text.length() && text.charAt(position) == '"') {
                            field.append('"');
                            position++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append(c);
                    }
                } else if (c == '"' && field.toString().isBlank()) {
                    quoted = true;
                    quoteLine = line;
                    field.setLength(0);
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && position < text.length() && text.charAt(position) == '\n') {
                        position++;
                    }
                    line++;
                    fields.add(field.toString());
                    return fields;
                } else {
                    field.append(c);
                }
            }
            if (quoted) {
                throw new UserDirectoryFormatException(quoteLine, "a quoted field is not closed");
            }
            fields.add(field.toString());
            return fields;
        }
    }
}

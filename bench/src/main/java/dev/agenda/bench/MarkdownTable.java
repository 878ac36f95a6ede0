package dev.agenda.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A table printed as GitHub Markdown, ready to paste into {@code docs/PERFORMANCE.md}: a header, then rows added one at
 * a time. Columns whose header starts with {@code >} are right-aligned (the {@code >} is not printed). Not thread-safe.
 */
public final class MarkdownTable {

    private final List<String> headers = new ArrayList<>();
    private final List<Boolean> right = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();

    public MarkdownTable(String... columns) {
        for (String column : columns) {
            boolean numeric = column.startsWith(">");
            headers.add(numeric ? column.substring(1) : column);
            right.add(numeric);
        }
    }

    /** Adds a row; it must have one cell per column. */
    public MarkdownTable row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + headers.size() + " columns");
        }
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(String.valueOf(cell).replace("|", "\\|"));
        }
        rows.add(row);
        return this;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        line(out, headers);
        List<String> rule = new ArrayList<>();
        for (boolean r : right) {
            rule.add(r ? "---:" : "---");
        }
        line(out, rule);
        rows.forEach(row -> line(out, row));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }
}

package dev.agenda.core.issues;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Jira issue key, {@code DM-12813}: a project key, a hyphen and a positive number. */
public record IssueKey(String projectKey, long number) {

    /** Jira's default project-key rule: a letter, then letters, digits or underscores. */
    static final String PROJECT = "[A-Z][A-Z0-9_]{0,254}";

    private static final Pattern KEY = Pattern.compile("(" + PROJECT + ")-([1-9][0-9]{0,17})");

    /** Reads a key written exactly (case-insensitively, whitespace around ignored); empty if it is not one. */
    public static Optional<IssueKey> parse(String text) {
        Matcher matcher = KEY.matcher(text.strip().toUpperCase(java.util.Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new IssueKey(matcher.group(1), Long.parseLong(matcher.group(2))));
    }

    @Override
    public String toString() {
        return projectKey + "-" + number;
    }
}

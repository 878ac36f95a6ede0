package dev.agenda.core.issues;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Jira issue key, {@code DM-12813}: a project key, a hyphen and a positive number. */
public record IssueKey(String projectKey, long number) {

    /** Jira's default project-key rule: a letter, then letters, digits or underscores. */
    static final String PROJECT = "[A-Z][A-Z0-9_]{0,254}";

    private static final Pattern KEY = Pattern.compile("(" + PROJECT + ")-([1-9][0-9]{0,17})");

    /** A key exactly as Jira writes one: its project key has two characters at least, and nothing is around it. */
    private static final Pattern AS_JIRA_WRITES_IT = Pattern.compile("[A-Z][A-Z0-9_]{1,254}-[1-9][0-9]{0,17}");

    /** Reads a key written exactly (case-insensitively, whitespace around ignored); empty if it is not one. */
    public static Optional<IssueKey> parse(String text) {
        Matcher matcher = KEY.matcher(text.strip().toUpperCase(java.util.Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new IssueKey(matcher.group(1), Long.parseLong(matcher.group(2))));
    }

    /**
     * Whether text is an issue key exactly as Jira writes one ({@code [A-Z][A-Z0-9_]+-[1-9][0-9]*}): what an answer
     * from Jira must hold where it names an issue. Anything else (lower case, blanks, quotes, markup) did not come
     * from a Jira that works, and is never kept: keys are written into pages, addresses and the page script's
     * look-ups.
     */
    public static boolean isJiraKey(String text) {
        return AS_JIRA_WRITES_IT.matcher(text).matches();
    }

    @Override
    public String toString() {
        return projectKey + "-" + number;
    }
}

package dev.agenda.core.issues;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Jira projects known to exist, so that a key written as plain text is recognised only where it can be an
 * issue. Meeting pages are full of document handles shaped like keys (LDM-230, LSE-61, LDM-503-1) that are not
 * Jira issues; linking them would be wrong. Immutable.
 */
public final class JiraProjects {

    /**
     * A key standing alone: not inside a longer word (the {@code DM-230} in {@code LDM-230}), and not followed by
     * a further {@code -number} (the {@code LDM-503} in the handle {@code LDM-503-1}).
     */
    private static final Pattern KEY_IN_TEXT =
            Pattern.compile("(?<![A-Za-z0-9_-])(" + IssueKey.PROJECT + ")-([1-9][0-9]{0,17})(?![A-Za-z0-9_]|-[0-9])");

    private final Set<String> projectKeys;

    public JiraProjects(Collection<String> projectKeys) {
        Set<String> keys = new TreeSet<>();
        for (String key : projectKeys) {
            keys.add(key.strip().toUpperCase(Locale.ROOT));
        }
        this.projectKeys = Set.copyOf(keys);
    }

    public static JiraProjects none() {
        return new JiraProjects(List.of());
    }

    public boolean contains(String projectKey) {
        return projectKeys.contains(projectKey.toUpperCase(Locale.ROOT));
    }

    public Set<String> keys() {
        return projectKeys;
    }

    /** These projects and those given. */
    public JiraProjects with(Collection<String> more) {
        List<String> all = new ArrayList<>(projectKeys);
        all.addAll(more);
        return new JiraProjects(all);
    }

    /** The issue keys of known projects written in the text, in order, with where each stands. */
    public List<Occurrence> findIn(String text) {
        List<Occurrence> found = new ArrayList<>();
        Matcher matcher = KEY_IN_TEXT.matcher(text);
        while (matcher.find()) {
            if (projectKeys.contains(matcher.group(1))) {
                found.add(new Occurrence(
                        new IssueKey(matcher.group(1), Long.parseLong(matcher.group(2))),
                        matcher.start(),
                        matcher.end()));
            }
        }
        return found;
    }

    /** A key found in text, between {@code start} (inclusive) and {@code end} (exclusive). */
    public record Occurrence(IssueKey key, int start, int end) {}
}

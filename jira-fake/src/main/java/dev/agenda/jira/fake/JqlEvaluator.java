package dev.agenda.jira.fake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Runs a parsed {@link JqlQuery} over the issues one user may see, validating its values as Jira does: a key that
 * does not exist (or is hidden) and a project that does not exist are errors under {@link Validation#STRICT}, warnings
 * under {@link Validation#WARN}, and silently nothing under {@link Validation#NONE}. The messages are worded as Jira
 * words them, because clients parse them to retry without the keys they name.
 */
final class JqlEvaluator {

    /** How values in the query are validated (Jira's {@code validateQuery}). */
    enum Validation {
        STRICT,
        WARN,
        NONE
    }

    /** The issues found (all pages), or the messages refusing the query, and any warnings. */
    record SearchAnswer(List<FakeIssueState> issues, List<String> errorMessages, List<String> warnings) {
        SearchAnswer {
            issues = List.copyOf(issues);
            errorMessages = List.copyOf(errorMessages);
            warnings = List.copyOf(warnings);
        }

        static SearchAnswer refused(String message) {
            return new SearchAnswer(List.of(), List.of(message), List.of());
        }

        boolean refused() {
            return !errorMessages.isEmpty();
        }
    }

    static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]*-[1-9][0-9]*");

    private static final Comparator<FakeIssueState> BY_KEY = Comparator.comparing(FakeIssueState::projectKey)
            .thenComparingLong(
                    issue -> Long.parseLong(issue.key().substring(issue.key().lastIndexOf('-') + 1)));

    private JqlEvaluator() {}

    /**
     * @param visible        every issue the user may see
     * @param projectVisible whether a project key names a project the user may see
     */
    static SearchAnswer evaluate(
            JqlQuery query, Validation validation, List<FakeIssueState> visible, Predicate<String> projectVisible) {
        Set<String> visibleKeys = visible.stream().map(FakeIssueState::key).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        for (JqlQuery.Clause clause : query.clauses()) {
            if (clause instanceof JqlQuery.KeyIn keyIn) {
                for (String key : keyIn.keys()) {
                    if (!ISSUE_KEY.matcher(key).matches()) {
                        problems.add("The issue key '" + key + "' for field 'key' is invalid.");
                    } else if (!visibleKeys.contains(key)) {
                        problems.add("An issue with key '" + key + "' does not exist for field 'key'.");
                    }
                }
            } else if (clause instanceof JqlQuery.ProjectIs project && !projectVisible.test(project.projectKey())) {
                problems.add("The value '" + project.projectKey() + "' does not exist for the field 'project'.");
            }
        }
        if (validation == Validation.STRICT && !problems.isEmpty()) {
            return new SearchAnswer(List.of(), problems, List.of());
        }
        Comparator<FakeIssueState> order = query.descending() ? BY_KEY.reversed() : BY_KEY;
        List<FakeIssueState> found = visible.stream()
                .filter(issue -> query.clauses().stream().allMatch(clause -> matches(issue, clause)))
                .sorted(order)
                .toList();
        return new SearchAnswer(found, List.of(), validation == Validation.WARN ? problems : List.of());
    }

    private static boolean matches(FakeIssueState issue, JqlQuery.Clause clause) {
        if (clause instanceof JqlQuery.KeyIn keyIn) {
            return keyIn.keys().contains(issue.key());
        }
        if (clause instanceof JqlQuery.RemoteLinkIn links) {
            return links.globalIds().stream()
                    .anyMatch(id -> issue.remoteLink(id).isPresent());
        }
        if (clause instanceof JqlQuery.LabelIs label) {
            return issue.labels().contains(label.label());
        }
        return issue.projectKey().equals(((JqlQuery.ProjectIs) clause).projectKey());
    }
}

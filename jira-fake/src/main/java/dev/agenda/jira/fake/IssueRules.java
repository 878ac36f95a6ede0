package dev.agenda.jira.fake;

import dev.agenda.core.tracker.Change;
import dev.agenda.core.tracker.IssueType;
import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.core.tracker.TrackerError;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Jira's field rules for creating and editing issues, with Jira's messages, field by field: every problem in a request
 * is reported at once under its field name, as Jira's {@code errors} object does. Stateless apart from the user
 * lookup it is given.
 */
final class IssueRules {

    /** Jira's limit on a summary's length. */
    static final int SUMMARY_LIMIT = 255;

    private final BiFunction<String, ServerInfo.Deployment, Optional<FakeUser>> users;

    IssueRules(BiFunction<String, ServerInfo.Deployment, Optional<FakeUser>> users) {
        this.users = users;
    }

    /** The issue type with this name (ignoring case) or id. */
    static Optional<IssueType> issueType(String nameOrId) {
        return SeedData.ISSUE_TYPES.stream()
                .filter(type ->
                        type.name().equalsIgnoreCase(nameOrId) || type.id().equals(nameOrId))
                .findFirst();
    }

    /** The INVALID error for these field errors, its message naming each. */
    static TrackerError invalid(String what, Map<String, String> errors) {
        List<String> parts = errors.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .toList();
        return new TrackerError(
                TrackerError.Kind.INVALID, what + " — " + String.join("; ", parts), errors, Optional.empty());
    }

    Map<String, String> check(IssueDraft draft, boolean projectVisible, ServerInfo.Deployment deployment) {
        Map<String, String> errors = new LinkedHashMap<>(draft.readErrors());
        if (!projectVisible) {
            errors.putIfAbsent("project", "valid project is required");
        }
        Optional<IssueType> type = issueType(draft.issueType());
        if (draft.issueType().isBlank()) {
            errors.putIfAbsent("issuetype", "issue type is required");
        } else if (type.isEmpty()) {
            errors.putIfAbsent("issuetype", "The issue type selected is invalid.");
        } else if (type.get().subtask()) {
            errors.putIfAbsent("parent", "Issue type is a sub-task but parent issue key or id not specified.");
        }
        summary(draft.summary().orElse(null), errors);
        draft.assignee().ifPresent(id -> assignee(id, deployment, errors));
        draft.dueDate().ifPresent(text -> date(text, errors));
        labels(draft.labels(), errors);
        return errors;
    }

    Map<String, String> check(IssueEdit edit, ServerInfo.Deployment deployment) {
        Map<String, String> errors = new LinkedHashMap<>(edit.readErrors());
        if (edit.summary() instanceof Change.Set<String> set) {
            summary(set.value(), errors);
        } else if (edit.summary() instanceof Change.Clear) {
            summary(null, errors);
        }
        if (edit.assignee() instanceof Change.Set<String> set) {
            assignee(set.value(), deployment, errors);
        }
        if (edit.dueDate() instanceof Change.Set<String> set) {
            date(set.value(), errors);
        }
        edit.setLabels().ifPresent(labels -> labels(labels, errors));
        labels(edit.addLabels(), errors);
        return errors;
    }

    private static void summary(@Nullable String summary, Map<String, String> errors) {
        if (summary == null || summary.isBlank()) {
            errors.putIfAbsent("summary", "You must specify a summary of the issue.");
        } else if (summary.length() > SUMMARY_LIMIT) {
            errors.putIfAbsent("summary", "Summary must be less than 255 characters.");
        }
    }

    private void assignee(String id, ServerInfo.Deployment deployment, Map<String, String> errors) {
        if (users.apply(id, deployment).isEmpty()) {
            errors.putIfAbsent("assignee", "User '" + id + "' does not exist.");
        }
    }

    private static void date(String text, Map<String, String> errors) {
        try {
            LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.putIfAbsent("duedate", "Error parsing date string: " + text);
        }
    }

    private static void labels(List<String> labels, Map<String, String> errors) {
        labels.stream()
                .filter(label -> label.isBlank() || label.chars().anyMatch(Character::isWhitespace))
                .findFirst()
                .ifPresent(label ->
                        errors.putIfAbsent("labels", "The label '" + label + "' contains spaces which is invalid."));
    }
}

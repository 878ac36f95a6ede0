package dev.agenda.jira.fake;

import dev.agenda.core.tracker.Change;
import dev.agenda.core.tracker.Description;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Changes to an existing issue, from the port's {@code IssueChanges} or from an edit body's {@code fields} and
 * {@code update}. Values are raw like an {@link IssueDraft}'s.
 *
 * @param setLabels    replaces the labels when present
 * @param readErrors   problems already found reading the request, by field
 */
record IssueEdit(
        Change<String> summary,
        Change<Description> description,
        Change<String> assignee,
        Change<String> dueDate,
        Optional<List<String>> setLabels,
        List<String> addLabels,
        List<String> removeLabels,
        Map<String, String> readErrors) {

    IssueEdit {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(setLabels, "setLabels");
        addLabels = List.copyOf(addLabels);
        removeLabels = List.copyOf(removeLabels);
        readErrors = Map.copyOf(readErrors);
    }

    static IssueEdit of(
            Change<String> summary, Change<Description> description, Change<String> assignee, Change<String> dueDate) {
        return new IssueEdit(summary, description, assignee, dueDate, Optional.empty(), List.of(), List.of(), Map.of());
    }
}

package dev.agenda.jira.fake;

import dev.agenda.core.tracker.Description;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An issue to create as either side of the fake received it: the in-memory port from a {@code NewIssue}, the HTTP
 * server from a create body. Values are raw (a due date as written, an assignee by an identifier) so the world
 * validates them field by field as Jira does.
 *
 * @param summary      null when the request had none
 * @param readErrors   problems already found reading the request (a description in the wrong format, a field Jira
 *                     does not know), reported with the world's own, by field
 */
record IssueDraft(
        String projectKey,
        String issueType,
        Optional<String> summary,
        Description description,
        Optional<String> assignee,
        Optional<String> dueDate,
        List<String> labels,
        Map<String, Map<String, String>> properties,
        Map<String, String> readErrors) {

    IssueDraft {
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(issueType, "issueType");
        Objects.requireNonNull(description, "description");
        labels = List.copyOf(labels);
        properties = Map.copyOf(properties);
        readErrors = Map.copyOf(readErrors);
    }
}

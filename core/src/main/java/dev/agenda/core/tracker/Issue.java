package dev.agenda.core.tracker;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An issue as the app needs it. Every field Jira may leave out (unassigned, no due date, never resolved) is optional.
 *
 * @param statusCategoryChanged when the issue last changed status category ("Done in Jira since 4 Dec")
 * @param properties            the entity properties that were asked for, by property key
 */
public record Issue(
        String id,
        String key,
        String summary,
        IssueStatus status,
        Optional<TrackerUser> assignee,
        Optional<LocalDate> dueDate,
        List<String> labels,
        Optional<Instant> updated,
        Optional<Instant> statusCategoryChanged,
        Map<String, Map<String, String>> properties) {

    public Issue {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(dueDate, "dueDate");
        labels = List.copyOf(labels);
        Objects.requireNonNull(updated, "updated");
        Objects.requireNonNull(statusCategoryChanged, "statusCategoryChanged");
        properties = Map.copyOf(properties);
    }
}

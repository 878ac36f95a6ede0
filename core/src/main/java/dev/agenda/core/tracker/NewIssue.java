package dev.agenda.core.tracker;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An issue to create. Labels and entity properties travel in the create request itself, so an issue can be found
 * again (and not created twice) even if everything after the request is lost.
 *
 * @param properties entity properties to set on creation, by property key
 */
public record NewIssue(
        String projectKey,
        String issueType,
        String summary,
        Description description,
        Optional<TrackerUser> assignee,
        Optional<LocalDate> dueDate,
        List<String> labels,
        Map<String, Map<String, String>> properties) {

    public NewIssue {
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(issueType, "issueType");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(dueDate, "dueDate");
        labels = List.copyOf(labels);
        properties = Map.copyOf(properties);
    }
}

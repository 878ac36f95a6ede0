package dev.agenda.core.actions;

import dev.agenda.core.issues.IssueKey;
import dev.agenda.core.storage.SourcePosition;
import dev.agenda.core.storage.StorageElement;
import dev.agenda.core.users.Person;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A Confluence task on a meeting page, read as an action item.
 *
 * @param id        stable across edits of other content: the page id and the task's own id ({@code 65538/4})
 * @param taskId    the task's id within the page ({@code <ac:task-id>})
 * @param assignees the people the task starts with ({@code @a & @b: …}, {@code @a to …}); later mentions are not
 * @param due       the task's date ({@code <time datetime>})
 * @param text      the task's words, readable on their own: without the assignee prefix and the trailing date
 * @param topic     the agenda item the task was written under; empty outside an agenda table
 * @param day       the date of the agenda the task was written in; empty outside an agenda or when it has no date
 * @param issueKeys the Jira issues the task refers to ({@code jira} macros, and plain keys of known projects)
 * @param jiraKey   the Jira issue that tracks this action, once there is one
 * @param warnings  what could not be read as written, for the page author
 * @param task      the {@code ac:task} element, so the page can be rendered with the action in place
 */
public record ActionItem(
        String id,
        String taskId,
        TaskStatus status,
        List<Person> assignees,
        Optional<LocalDate> due,
        String text,
        Optional<String> topic,
        Optional<LocalDate> day,
        List<IssueKey> issueKeys,
        Optional<String> jiraKey,
        List<String> warnings,
        SourcePosition position,
        StorageElement task) {

    public ActionItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(status, "status");
        assignees = List.copyOf(assignees);
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(day, "day");
        issueKeys = List.copyOf(issueKeys);
        Objects.requireNonNull(jiraKey, "jiraKey");
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(task, "task");
    }

    /**
     * The first issue the task names, the one a sync links the action to instead of creating one; empty when it names
     * none.
     */
    public Optional<String> namedIssue() {
        return issueKeys.stream().findFirst().map(Object::toString);
    }

    /** This action as tracked by the given Jira issue, or by none when {@code key} is null. */
    public ActionItem withJiraKey(@Nullable String key) {
        return new ActionItem(
                id,
                taskId,
                status,
                assignees,
                due,
                text,
                topic,
                day,
                issueKeys,
                Optional.ofNullable(key),
                warnings,
                position,
                task);
    }

    public boolean isComplete() {
        return status == TaskStatus.COMPLETE;
    }
}

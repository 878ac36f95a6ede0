package dev.agenda.jira.fake;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An issue to create, as either side of the fake received it: the in-memory port from a {@code NewIssue}, the HTTP
 * server from a create body. Values are raw (a due date as written, an assignee by any identifier) so the world
 * validates them the way Jira does, field by field.
 */
record IssueDraft(String projectKey, String issueType, String summary, Object description,
                  Optional<String> assignee, Optional<String> dueDate, List<String> labels,
                  Map<String, Map<String, String>> properties) {
}

package dev.agenda.jira.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agenda.core.tracker.Change;
import dev.agenda.core.tracker.IssueChanges;
import dev.agenda.core.tracker.NewIssue;
import dev.agenda.core.tracker.RemoteLink;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes the bodies of Jira's write requests in the given dialect. The create body carries labels and entity
 * {@code properties} — both accepted in the create request on Data Center 10 and Cloud — so that an issue can be found
 * again even if nothing after the create request survives.
 */
public final class JiraWriter {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final JiraDialect dialect;

    public JiraWriter(JiraDialect dialect) {
        this.dialect = dialect;
    }

    /** One issue's create body: {@code {"fields": {...}, "properties": [{"key", "value"}]}}. */
    public ObjectNode issueUpdate(NewIssue issue) {
        ObjectNode update = JSON.objectNode();
        ObjectNode fields = update.putObject("fields");
        fields.putObject("project").put("key", issue.projectKey());
        fields.putObject("issuetype").put("name", issue.issueType());
        fields.put("summary", issue.summary());
        fields.set("description", dialect.description(issue.description()));
        issue.assignee().ifPresent(user -> fields.set("assignee", dialect.userReference(user)));
        issue.dueDate().ifPresent(date -> fields.put("duedate", date.toString()));
        if (!issue.labels().isEmpty()) {
            issue.labels().forEach(fields.putArray("labels")::add);
        }
        if (!issue.properties().isEmpty()) {
            ArrayNode properties = update.putArray("properties");
            issue.properties().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(entry ->
                            properties.addObject().put("key", entry.getKey()).set("value", object(entry.getValue())));
        }
        return update;
    }

    /** The bulk create body for these issues. */
    public ObjectNode bulk(List<NewIssue> issues) {
        ObjectNode body = JSON.objectNode();
        ArrayNode updates = body.putArray("issueUpdates");
        issues.forEach(issue -> updates.add(issueUpdate(issue)));
        return body;
    }

    /** The edit body: only the fields that change; clearing sends {@code null}. */
    public ObjectNode edit(IssueChanges changes) {
        ObjectNode body = JSON.objectNode();
        ObjectNode fields = body.putObject("fields");
        put(fields, "summary", changes.summary(), JSON::textNode);
        put(fields, "description", changes.description(), dialect::description);
        put(fields, "assignee", changes.assignee(), dialect::userReference);
        put(fields, "duedate", changes.dueDate(), (LocalDate date) -> JSON.textNode(date.toString()));
        return body;
    }

    public ObjectNode transition(String transitionId) {
        ObjectNode body = JSON.objectNode();
        body.putObject("transition").put("id", transitionId);
        return body;
    }

    /** A remote link keyed by its globalId, so that posting it again updates the same link. */
    public ObjectNode remoteLink(RemoteLink link) {
        ObjectNode body = JSON.objectNode().put("globalId", link.globalId());
        body.putObject("application").put("type", link.applicationType()).put("name", link.applicationName());
        body.put("relationship", link.relationship());
        ObjectNode object = body.putObject("object").put("url", link.url()).put("title", link.title());
        link.summary().ifPresent(summary -> object.put("summary", summary));
        link.iconUrl()
                .ifPresent(
                        icon -> object.putObject("icon").put("url16x16", icon).put("title", link.applicationName()));
        return body;
    }

    public static ObjectNode object(Map<String, String> values) {
        ObjectNode object = JSON.objectNode();
        values.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> object.put(entry.getKey(), entry.getValue()));
        return object;
    }

    private static <T> void put(ObjectNode fields, String name, Change<T> change, Function<T, JsonNode> writer) {
        if (change instanceof Change.Set<T> set) {
            fields.set(name, writer.apply(set.value()));
        } else if (change instanceof Change.Clear<T>) {
            fields.putNull(name);
        }
    }
}

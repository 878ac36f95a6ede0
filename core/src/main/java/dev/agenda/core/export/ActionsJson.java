package dev.agenda.core.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agenda.core.actions.ActionItem;
import dev.agenda.core.issues.IssueKey;
import dev.agenda.core.users.Person;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON form of a page's actions, the same from the CLI ({@code agenda actions}) and the REST resource
 * ({@code GET /rest/agenda/1.0/pages/{id}/actions}): an array, in page order, of
 * {@code {"id", "taskId", "status", "assignees", "due", "text", "topic", "day", "issueKeys", "jiraKey"}}.
 * Dates are {@code YYYY-MM-DD}; absent values are {@code null}; assignees are usernames. Thread-safe.
 */
public final class ActionsJson {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String write(List<ActionItem> actions) {
        ArrayNode array = mapper.createArrayNode();
        for (ActionItem action : actions) {
            fill(array.addObject(), action);
        }
        try {
            return mapper.writeValueAsString(array) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the action's fields into {@code node}: the one shape of an action, here and in the register's JSON. */
    static void fill(ObjectNode node, ActionItem action) {
        node.put("id", action.id());
        node.put("taskId", action.taskId());
        node.put("status", action.status().storageValue());
        ArrayNode assignees = node.putArray("assignees");
        action.assignees().stream().map(Person::username).forEach(assignees::add);
        node.put("due", action.due().map(LocalDate::toString).orElse(null));
        node.put("text", action.text());
        node.put("topic", action.topic().orElse(null));
        node.put("day", action.day().map(LocalDate::toString).orElse(null));
        ArrayNode keys = node.putArray("issueKeys");
        action.issueKeys().stream().map(IssueKey::toString).forEach(keys::add);
        node.put("jiraKey", action.jiraKey().orElse(null));
    }
}

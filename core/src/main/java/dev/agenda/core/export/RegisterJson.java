package dev.agenda.core.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agenda.core.register.RegisterEntry;
import dev.agenda.core.tracker.IssueStatus;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON form of the action register, the same from the CLI ({@code agenda register --format json}) and the REST
 * resource ({@code GET /rest/agenda/1.0/actions}): an array, in the register's order, of the actions document's
 * fields ({@link ActionsJson}) plus {@code page} (its id), {@code pageTitle}, {@code pageAddress},
 * {@code meetingDate}, {@code jiraStatus} (the status's name as last seen in Jira, or {@code null}),
 * {@code statusCategory} ({@code new}, {@code indeterminate}, {@code done}, or {@code null}), {@code done} and
 * {@code overdue}. {@code jiraKey} is the issue tracking the action (from the sync records); {@code status} stays the
 * page's tick. Thread-safe.
 */
public final class RegisterJson {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The entries as JSON, {@code overdue} as of {@code today}. */
    public String write(List<RegisterEntry> entries, LocalDate today) {
        try {
            return mapper.writeValueAsString(tree(entries, today)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entries as a JSON array, for an answer that wraps them; {@code overdue} as of {@code today}. */
    public ArrayNode tree(List<RegisterEntry> entries, LocalDate today) {
        ArrayNode array = mapper.createArrayNode();
        for (RegisterEntry entry : entries) {
            ObjectNode node = array.addObject();
            ActionsJson.fill(node, entry.action());
            node.put("jiraKey", entry.jiraKey().orElse(null));
            node.put("page", entry.page().pageId());
            node.put("pageTitle", entry.page().title());
            node.put("pageAddress", entry.page().address());
            node.put("meetingDate", entry.meetingDate().map(LocalDate::toString).orElse(null));
            node.put("jiraStatus", entry.jiraStatus().map(IssueStatus::name).orElse(null));
            node.put(
                    "statusCategory",
                    entry.jiraStatus().map(status -> status.category().key()).orElse(null));
            node.put("done", entry.done());
            node.put("overdue", entry.overdueOn(today));
        }
        return array;
    }
}

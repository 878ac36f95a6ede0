package dev.agenda.core.export;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agenda.core.Fixtures;
import java.util.List;
import org.junit.Test;

public class ActionsJsonTest {

    private final JsonNode actions =
            read(new ActionsJson().write(Fixtures.referencePage().actions()));

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    public void anArrayOfEveryActionWithExactlyTheDocumentedFieldsInOrder() {
        assertEquals(11, actions.size());
        List<String> fields =
                List.of("id", "taskId", "status", "assignees", "due", "text", "topic", "day", "issueKeys", "jiraKey");
        for (JsonNode action : actions) {
            List<String> names = new java.util.ArrayList<>();
            action.fieldNames().forEachRemaining(names::add);
            assertEquals(fields, names);
        }
    }

    @Test
    public void valuesAsDocumented() {
        JsonNode ten = actions.get(9);

        assertEquals("dmlt/10", ten.get("id").asText());
        assertEquals("10", ten.get("taskId").asText());
        assertEquals("complete", ten.get("status").asText());
        assertEquals("gpdf", ten.get("assignees").get(0).asText());
        assertEquals("2017-11-15", ten.get("due").asText());
        assertEquals("Pipeline output dataset", ten.get("topic").asText());
        assertEquals("2017-11-03", ten.get("day").asText());
        assertEquals("DM-12813", ten.get("issueKeys").get(0).asText());
        assertTrue(ten.get("jiraKey").isNull());
    }

    @Test
    public void absentValuesAreNull() {
        JsonNode outside = read(new ActionsJson()
                        .write(Fixtures.page(
                                        "p",
                                        "<ac:task-list>" + Fixtures.task("1", "incomplete", "no date")
                                                + "</ac:task-list>",
                                        dev.agenda.core.users.UserDirectory.empty())
                                .actions()))
                .get(0);

        assertTrue(outside.get("due").isNull());
        assertTrue(outside.get("topic").isNull());
        assertTrue(outside.get("day").isNull());
        assertEquals(0, outside.get("assignees").size());
    }
}

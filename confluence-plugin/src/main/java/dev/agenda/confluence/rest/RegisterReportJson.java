package dev.agenda.confluence.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agenda.core.export.RegisterJson;
import dev.agenda.services.register.RegisterReport;

/**
 * The JSON answer of the register: {@code {"checkedAt", "today", "scope", "filters": ["open", …],
 * "jira": {"connected", "label"}, "unreadable": [page titles], "authorise": uri|null, "actions": [...]}}, where each
 * action is {@link RegisterJson}'s (the actions document plus {@code page}, {@code pageTitle}, {@code pageAddress},
 * {@code meetingDate}, {@code jiraStatus}, {@code statusCategory}, {@code done}, {@code overdue}) with {@code url}
 * (where its issue opens) and {@code problem} (why its status is missing or old, in words). Absent values are null.
 */
public final class RegisterReportJson {

    private final RegisterJson register = new RegisterJson();

    public String write(RegisterReport report) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode()
                .put("checkedAt", report.checkedAt().toString())
                .put("today", report.today().toString())
                .put("scope", report.scope().toString());
        ArrayNode filters = root.putArray("filters");
        report.filter().describe().forEach(filters::add);
        root.putObject("jira")
                .put("connected", report.site().configured())
                .put(
                        "label",
                        report.site().label().isEmpty() ? null : report.site().label());
        ArrayNode unreadable = root.putArray("unreadable");
        report.unreadable().forEach(unreadable::add);
        root.put("authorise", report.authorise().map(Object::toString).orElse(null));
        ArrayNode actions = register.tree(report.entries(), report.today());
        for (JsonNode action : actions) {
            ObjectNode node = (ObjectNode) action;
            String key =
                    action.path("jiraKey").isTextual() ? action.get("jiraKey").asText() : "";
            node.put("url", key.isEmpty() ? null : report.browse(key).orElse(null));
            node.put("problem", key.isEmpty() ? null : report.problems().get(key));
        }
        root.set("actions", actions);
        return root.toString();
    }
}

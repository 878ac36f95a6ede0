package dev.agenda.confluence.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agenda.sync.ActionOutcome;
import dev.agenda.sync.SyncReport;
import java.util.Locale;

/**
 * The JSON answer to a sync: {@code {"summary": "created 1, …", "inSync": true, "dryRun": false, "abort": null,
 * "actions": [{"id": "65538/9", "issueKey": "DM-1", "steps": ["created"], "problem": null, "conflicts": []}]}}.
 * Absent values are null, never left out, so the page script reads every field the same way.
 */
public final class SyncReportJson {

    public String write(SyncReport report) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode()
                .put("summary", report.summaryLine())
                .put("inSync", report.inSync())
                .put("dryRun", report.dryRun())
                .put("abort", report.abort().orElse(null));
        ArrayNode actions = root.putArray("actions");
        for (ActionOutcome outcome : report.outcomes()) {
            ObjectNode action = actions.addObject()
                    .put("id", outcome.actionId())
                    .put("issueKey", outcome.issueKey().orElse(null));
            ArrayNode steps = action.putArray("steps");
            outcome.steps().stream()
                    .sorted()
                    .forEach(step -> steps.add(step.name().toLowerCase(Locale.ROOT)));
            action.put("problem", outcome.problem().orElse(null));
            ArrayNode conflicts = action.putArray("conflicts");
            outcome.conflicts().forEach(conflicts::add);
        }
        return root.toString();
    }
}

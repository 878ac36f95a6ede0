package dev.agenda.confluence.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agenda.core.sync.SyncRecord;
import dev.agenda.sync.ActionOutcome;
import dev.agenda.sync.RemovedTask;
import dev.agenda.sync.SyncReport;
import java.util.Locale;

/**
 * The JSON answer to a sync: {@code {"summary": "created 1, …", "inSync": true, "dryRun": false, "abort": null,
 * "createsIn": ["DM"], "actions": [{"id": "65538/9", "text": "Send the minutes", "assignees": ["Wil O'Mullane"],
 * "project": "DM", "issueKey": "DM-1", "steps": ["created"], "problem": null, "conflicts": []}]}}. {@code createsIn}
 * lists, in page order, the projects the sync creates issues in (or, in a dry run, would), so a page can say where
 * before it asks to confirm; an action's {@code project} is its issue's, or the one it would be created in.
 * {@code removed} lists the synced tasks no longer on the page, whatever actions were synced: {@code [{"id":
 * "65538/12", "issueKey": "DM-12826", "summary": …, "choice": null, "problem": null, "message": "DM-12826: its task
 * was removed from the page"}]}, {@code choice} being null until the person chose {@code "left"} or {@code "closed"}.
 * Absent values are null, never left out, so the page script reads every field the same way.
 */
public final class SyncReportJson {

    private static String choiceWord(SyncRecord.Removal choice) {
        return switch (choice) {
            case LEFT -> "left";
            case CLOSED -> "closed";
        };
    }

    public String write(SyncReport report) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode()
                .put("summary", report.summaryLine())
                .put("inSync", report.inSync())
                .put("dryRun", report.dryRun())
                .put("abort", report.abort().orElse(null));
        ArrayNode createsIn = root.putArray("createsIn");
        report.outcomes().stream()
                .filter(outcome -> outcome.steps().contains(ActionOutcome.Step.CREATED))
                .flatMap(outcome -> outcome.project().stream())
                .distinct()
                .forEach(createsIn::add);
        ArrayNode actions = root.putArray("actions");
        for (ActionOutcome outcome : report.outcomes()) {
            ObjectNode action =
                    actions.addObject().put("id", outcome.actionId()).put("text", outcome.text());
            ArrayNode assignees = action.putArray("assignees");
            outcome.assignees().forEach(assignees::add);
            action.put("project", outcome.project().orElse(null))
                    .put("issueKey", outcome.issueKey().orElse(null));
            ArrayNode steps = action.putArray("steps");
            outcome.steps().stream()
                    .sorted()
                    .forEach(step -> steps.add(step.name().toLowerCase(Locale.ROOT)));
            action.put("problem", outcome.problem().orElse(null));
            ArrayNode conflicts = action.putArray("conflicts");
            outcome.conflicts().forEach(conflicts::add);
        }
        ArrayNode removed = root.putArray("removed");
        for (RemovedTask task : report.removed()) {
            removed.addObject()
                    .put("id", task.actionId())
                    .put("issueKey", task.issueKey())
                    .put("summary", task.summary())
                    .put("choice", task.choice().map(SyncReportJson::choiceWord).orElse(null))
                    .put("problem", task.problem().orElse(null))
                    .put("message", task.message());
        }
        return root.toString();
    }
}

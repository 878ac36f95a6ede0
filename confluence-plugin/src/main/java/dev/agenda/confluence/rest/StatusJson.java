package dev.agenda.confluence.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agenda.core.tracker.Issue;
import dev.agenda.services.status.StatusReport;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The JSON answer to a status request (and to a tick):
 * {@code {"checkedAt": "…", "jira": {"connected": true, "label": "demo Jira"}, "message": null,
 * "issues": [{"key": "DM-1", "kind": "current", "summary": "…", "status": "In Progress", "category": "indeterminate",
 * "url": "…", "problem": null, "authorise": null, "seenAt": "…", "stale": false}],
 * "actions": [{"id": "65538/9", "jiraKey": "DM-1", "ticked": true, "thenNow": "Ticked on the page · …"}]}}.
 * Kinds: current, last-known, not-found, project-not-found, authorise, forbidden, unreachable, not-asked. Absent values
 * are null, never left out.
 */
public final class StatusJson {

    /** Writes the report as the resource's JSON, with no message. */
    public String write(StatusReport report) {
        return json(report, null);
    }

    /**
     * Writes the report as the resource's JSON, with a message.
     *
     * @param message a sentence about what was just done (a tick), for the page to announce
     */
    public String write(StatusReport report, String message) {
        return json(report, message);
    }

    /** @param message the {@code message} member; null writes {@code "message": null} */
    private static String json(StatusReport report, @Nullable String message) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode()
                .put("checkedAt", report.checkedAt().toString())
                .put("message", message);
        root.putObject("jira")
                .put("connected", report.site().configured())
                .put(
                        "label",
                        report.site().label().isEmpty() ? null : report.site().label());
        ArrayNode issues = root.putArray("issues");
        for (StatusReport.IssueLine line : report.issues()) {
            issues.addObject()
                    .put("key", line.key())
                    .put("kind", line.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .put("summary", line.issue().map(Issue::summary).orElse(null))
                    .put(
                            "status",
                            line.issue().map(found -> found.status().name()).orElse(null))
                    .put(
                            "category",
                            line.issue()
                                    .map(found -> found.status().category().key())
                                    .orElse(null))
                    .put("url", line.url().orElse(null))
                    .put("problem", line.problem().orElse(null))
                    .put(
                            "authorise",
                            line.kind() == StatusReport.Kind.AUTHORISE
                                    ? report.authorise().map(Object::toString).orElse(null)
                                    : null)
                    .put("seenAt", line.seenAt().map(Object::toString).orElse(null))
                    .put("stale", line.stale());
        }
        ArrayNode actions = root.putArray("actions");
        for (StatusReport.ActionLine line : report.actions()) {
            actions.addObject()
                    .put("id", line.actionId())
                    .put("jiraKey", line.issueKey().orElse(null))
                    .put("ticked", line.tickedOnPage())
                    .put("thenNow", line.thenAndNow().orElse(null));
        }
        return root.toString();
    }
}

package dev.agenda.jira.fake;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agenda.core.tracker.Change;
import dev.agenda.core.tracker.Description;
import dev.agenda.core.tracker.RemoteLink;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.ServerInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the bodies of the fake Jira's write requests in its dialect: create and edit bodies into drafts and edits
 * (a description must be wiki text on Data Center and an Atlassian Document on Cloud; users are named by {@code name}
 * or {@code key} on Data Center and by {@code accountId} on Cloud), remote links, and entity property values. What
 * Jira would refuse becomes a message under the field's name, reported with the world's own checks. Stateless.
 */
final class RequestReader {

    private static final Set<String> CREATE_FIELDS =
            Set.of("project", "issuetype", "summary", "description", "assignee", "duedate", "labels");
    private static final Set<String> EDIT_FIELDS = Set.of("summary", "description", "assignee", "duedate", "labels");

    private final ServerInfo.Deployment deployment;

    RequestReader(ServerInfo.Deployment deployment) {
        this.deployment = deployment;
    }

    private boolean cloud() {
        return deployment == ServerInfo.Deployment.CLOUD;
    }

    IssueDraft draft(JsonNode update) {
        JsonNode fields = update.path("fields");
        Map<String, String> errors = new LinkedHashMap<>();
        unknownFields(fields, CREATE_FIELDS, errors);
        JsonNode project = fields.path("project");
        String projectKey = project.path("key")
                .asText(SeedData.PROJECTS.stream()
                        .filter(p -> p.id().equals(project.path("id").asText()))
                        .map(p -> p.key())
                        .findFirst()
                        .orElse(""));
        JsonNode type = fields.path("issuetype");
        String issueType = type.path("name").asText(type.path("id").asText(""));
        Optional<String> summary = fields.path("summary").isTextual()
                ? Optional.of(fields.path("summary").asText())
                : Optional.empty();
        Description description =
                description(fields.path("description"), errors).orElse(Description.of());
        Optional<String> assignee = user(fields.path("assignee"), errors);
        Optional<String> dueDate = text(fields.path("duedate"));
        Map<String, Map<String, String>> properties = new LinkedHashMap<>();
        for (JsonNode property : update.path("properties")) {
            if (!property.path("key").isTextual() || !property.path("value").isObject()) {
                errors.putIfAbsent("properties", "Each property needs a key and an object value.");
            } else {
                properties.put(property.path("key").asText(), flat(property.path("value")));
            }
        }
        return new IssueDraft(
                projectKey,
                issueType,
                summary,
                description,
                assignee,
                dueDate,
                labels(fields.path("labels")),
                properties,
                errors);
    }

    IssueEdit edit(JsonNode body) {
        JsonNode fields = body.path("fields");
        JsonNode update = body.path("update");
        Map<String, String> errors = new LinkedHashMap<>();
        unknownFields(fields, EDIT_FIELDS, errors);
        unknownFields(update, EDIT_FIELDS, errors);
        Change<String> summary = change(fields, update, "summary", node -> Optional.of(node.asText()), errors);
        Change<Description> description =
                change(fields, update, "description", node -> description(node, errors), errors);
        Change<String> assignee = change(fields, update, "assignee", node -> user(node, errors), errors);
        Change<String> dueDate = change(fields, update, "duedate", node -> Optional.of(node.asText()), errors);
        Optional<List<String>> setLabels =
                fields.has("labels") ? Optional.of(labels(fields.path("labels"))) : Optional.empty();
        List<String> add = new ArrayList<>();
        List<String> remove = new ArrayList<>();
        for (JsonNode operation : update.path("labels")) {
            if (operation.has("add")) {
                add.add(operation.path("add").asText());
            } else if (operation.has("remove")) {
                remove.add(operation.path("remove").asText());
            } else if (operation.has("set")) {
                setLabels = Optional.of(labels(operation.path("set")));
            } else {
                errors.putIfAbsent("labels", "The operation is not supported for labels; use add, remove or set.");
            }
        }
        return new IssueEdit(summary, description, assignee, dueDate, setLabels, add, remove, errors);
    }

    /** A remote link from a create-or-update body; INVALID naming the field if the object's url or title is missing. */
    static Result<RemoteLink> remoteLink(JsonNode body) {
        JsonNode object = body.path("object");
        Map<String, String> errors = new LinkedHashMap<>();
        if (!object.path("url").isTextual() || object.path("url").asText().isBlank()) {
            errors.put("url", "'url' is required.");
        }
        if (!object.path("title").isTextual() || object.path("title").asText().isBlank()) {
            errors.put("title", "'title' is required.");
        }
        if (!errors.isEmpty()) {
            return Result.failed(IssueRules.invalid("Jira rejected the remote link", errors));
        }
        return Result.ok(new RemoteLink(
                body.path("globalId").asText(""),
                object.path("url").asText(),
                object.path("title").asText(),
                text(object.path("summary")),
                body.path("application").path("type").asText(""),
                body.path("application").path("name").asText(""),
                body.path("relationship").asText(""),
                text(object.path("icon").path("url16x16"))));
    }

    /** A JSON object's members as text (nested values as their JSON), as the tracker model keeps properties. */
    static Map<String, String> flat(JsonNode value) {
        Map<String, String> flat = new LinkedHashMap<>();
        value.properties()
                .forEach(entry -> flat.put(
                        entry.getKey(),
                        entry.getValue().isValueNode()
                                ? entry.getValue().asText()
                                : entry.getValue().toString()));
        return flat;
    }

    private Optional<Description> description(JsonNode node, Map<String, String> errors) {
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (cloud()) {
            if (DescriptionCodec.isAtlassianDocument(node)) {
                return Optional.of(DescriptionCodec.fromAdf(node));
            }
            errors.putIfAbsent(
                    "description", "Operation value must be an Atlassian Document (see the Atlassian Document Format)");
            return Optional.empty();
        }
        if (node.isTextual()) {
            return Optional.of(DescriptionCodec.fromWiki(node.asText()));
        }
        errors.putIfAbsent("description", "Operation value must be a string");
        return Optional.empty();
    }

    /** The identifier a user reference names in this dialect; empty for null or an unusable reference. */
    private Optional<String> user(JsonNode reference, Map<String, String> errors) {
        if (reference.isMissingNode() || reference.isNull()) {
            return Optional.empty();
        }
        Optional<String> id = cloud()
                ? text(reference.path("accountId")).or(() -> text(reference.path("id")))
                : text(reference.path("name")).or(() -> text(reference.path("key")));
        if (id.isEmpty()) {
            errors.putIfAbsent(
                    "assignee",
                    cloud()
                            ? "Specify a user by accountId; Jira Cloud has no usernames."
                            : "Specify a user by name or key.");
        }
        return id;
    }

    /** A field's change from {@code fields} (null clears) or from a {@code set} in {@code update}. */
    private static <T> Change<T> change(
            JsonNode fields,
            JsonNode update,
            String name,
            Function<JsonNode, Optional<T>> reader,
            Map<String, String> errors) {
        JsonNode value = fields.has(name) ? fields.get(name) : null;
        for (JsonNode operation : update.path(name)) {
            if (operation.has("set")) {
                value = operation.get("set");
            } else {
                errors.putIfAbsent(name, "Only 'set' is supported for " + name + ".");
            }
        }
        if (value == null) {
            return Change.keep();
        }
        if (value.isNull()) {
            return Change.clear();
        }
        return reader.apply(value).<Change<T>>map(Change::set).orElseGet(Change::keep);
    }

    private static void unknownFields(JsonNode fields, Set<String> known, Map<String, String> errors) {
        fields.properties().forEach(entry -> {
            if (!known.contains(entry.getKey())) {
                errors.putIfAbsent(
                        entry.getKey(),
                        "Field '" + entry.getKey()
                                + "' cannot be set. It is not on the appropriate screen, or unknown.");
            }
        });
    }

    private static List<String> labels(JsonNode array) {
        List<String> labels = new ArrayList<>();
        array.forEach(label -> labels.add(label.asText()));
        return labels;
    }

    private static Optional<String> text(JsonNode value) {
        return value.isValueNode() && !value.isNull() && !value.asText().isEmpty()
                ? Optional.of(value.asText())
                : Optional.empty();
    }
}

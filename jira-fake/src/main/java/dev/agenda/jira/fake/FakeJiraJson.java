package dev.agenda.jira.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agenda.core.tracker.Issue;
import dev.agenda.core.tracker.IssueStatus;
import dev.agenda.core.tracker.IssueType;
import dev.agenda.core.tracker.Project;
import dev.agenda.core.tracker.RemoteLink;
import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.core.tracker.StatusCategory;
import dev.agenda.core.tracker.TrackerError;
import dev.agenda.core.tracker.Transition;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes and reads the fake Jira's JSON the way Jira's REST v2 (Data Center) and v3 (Cloud) do: users by name and key
 * or by account id, descriptions as wiki text or Atlassian Documents, timestamps as {@code 2017-11-30T17:00:00.000+0000}.
 */
final class FakeJiraJson {

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

    final ObjectMapper mapper = new ObjectMapper();
    private final ServerInfo.Deployment deployment;
    private final String apiBase;

    FakeJiraJson(ServerInfo.Deployment deployment, String apiBase) {
        this.deployment = deployment;
        this.apiBase = apiBase;
    }

    boolean cloud() {
        return deployment == ServerInfo.Deployment.CLOUD;
    }

    ObjectNode object() {
        return mapper.createObjectNode();
    }

    /** Jira's error body: {@code {"errorMessages": [...], "errors": {...}}}. */
    ObjectNode error(List<String> messages, Map<String, String> fields) {
        ObjectNode body = object();
        messages.forEach(body.putArray("errorMessages")::add);
        if (!body.has("errorMessages")) {
            body.putArray("errorMessages");
        }
        ObjectNode errors = body.putObject("errors");
        fields.forEach(errors::put);
        return body;
    }

    ObjectNode error(TrackerError error) {
        return error.fieldErrors().isEmpty() ? error(List.of(error.message()), Map.of())
                : error(List.of(), error.fieldErrors());
    }

    ObjectNode user(FakeUser user) {
        ObjectNode node = object();
        if (cloud()) {
            node.put("self", apiBase + "/user?accountId=" + user.accountId()).put("accountId", user.accountId())
                    .put("accountType", "atlassian");
        } else {
            node.put("self", apiBase + "/user?username=" + user.name()).put("key", user.key())
                    .put("name", user.name());
        }
        return node.put("emailAddress", user.email()).put("displayName", user.displayName()).put("active", true)
                .put("timeZone", "America/Phoenix");
    }

    ObjectNode user(dev.agenda.core.tracker.TrackerUser user, FakeJiraWorld world) {
        return user(world.user(user.id()).orElseThrow());
    }

    ObjectNode project(Project project) {
        return object().put("self", apiBase + "/project/" + project.id()).put("id", project.id())
                .put("key", project.key()).put("name", project.name());
    }

    ObjectNode issueType(IssueType type) {
        return object().put("self", apiBase + "/issuetype/" + type.id()).put("id", type.id())
                .put("name", type.name()).put("subtask", type.subtask()).put("description", type.name());
    }

    ObjectNode status(IssueStatus status) {
        ObjectNode node = object().put("self", apiBase + "/status/" + statusId(status)).put("id", statusId(status))
                .put("name", status.name()).put("description", "");
        StatusCategory category = status.category();
        node.putObject("statusCategory").put("self", apiBase + "/statuscategory/" + categoryId(category))
                .put("id", categoryId(category)).put("key", category.key()).put("colorName", color(category))
                .put("name", categoryName(category));
        return node;
    }

    ObjectNode transition(Transition transition) {
        ObjectNode node = object().put("id", transition.id()).put("name", transition.name());
        node.set("to", status(transition.to()));
        return node.put("hasScreen", false).put("isGlobal", true).put("isInitial", false)
                .put("isConditional", false);
    }

    ObjectNode issue(FakeJiraWorld.IssueView view, FakeJiraWorld world, Project project) {
        Issue issue = view.issue();
        ObjectNode node = object().put("expand", "").put("id", issue.id())
                .put("self", apiBase + "/issue/" + issue.id()).put("key", issue.key());
        ObjectNode fields = node.putObject("fields");
        fields.put("summary", issue.summary());
        fields.set("status", status(issue.status()));
        fields.set("assignee", issue.assignee().<JsonNode>map(user -> user(user, world))
                .orElse(mapper.nullNode()));
        fields.set("duedate", issue.dueDate().<JsonNode>map(date -> mapper.getNodeFactory().textNode(date.toString()))
                .orElse(mapper.nullNode()));
        issue.labels().forEach(fields.putArray("labels")::add);
        if (!fields.has("labels")) {
            fields.putArray("labels");
        }
        fields.put("created", timestamp(view.created()));
        issue.updated().ifPresent(updated -> fields.put("updated", timestamp(updated)));
        issue.statusCategoryChanged().ifPresent(changed -> fields.put("statuscategorychangedate", timestamp(changed)));
        fields.set("issuetype", issueType(new IssueType("10001", view.issueType(), false)));
        fields.set("project", project(project));
        fields.set("description", description(view.description()));
        if (!issue.properties().isEmpty()) {
            ObjectNode properties = node.putObject("properties");
            issue.properties().forEach((name, value) -> properties.set(name, flatObject(value)));
        }
        return node;
    }

    ObjectNode remoteLink(String issueKey, RemoteLink link) {
        ObjectNode node = object().put("id", remoteLinkId(issueKey, link.globalId()))
                .put("self", apiBase + "/issue/" + issueKey + "/remotelink/" + remoteLinkId(issueKey, link.globalId()))
                .put("globalId", link.globalId()).put("relationship", link.relationship());
        node.putObject("application").put("type", link.applicationType()).put("name", link.applicationName());
        ObjectNode object = node.putObject("object").put("url", link.url()).put("title", link.title());
        link.summary().ifPresent(summary -> object.put("summary", summary));
        link.iconUrl().ifPresent(icon -> object.putObject("icon").put("url16x16", icon));
        return node;
    }

    /** A remote link from a request body; empty if it lacks the object's url or title. */
    Optional<RemoteLink> remoteLink(JsonNode body) {
        JsonNode object = body.path("object");
        if (!object.path("url").isTextual() || !object.path("title").isTextual()) {
            return Optional.empty();
        }
        String globalId = body.path("globalId").asText(object.path("url").asText());
        return Optional.of(new RemoteLink(globalId, object.path("url").asText(), object.path("title").asText(),
                text(object, "summary"), body.path("application").path("type").asText(""),
                body.path("application").path("name").asText(""), body.path("relationship").asText(""),
                text(object.path("icon"), "url16x16")));
    }

    /** A create body's fields as an issue draft, values as written. */
    IssueDraft draft(JsonNode update) {
        JsonNode fields = update.path("fields");
        Map<String, Map<String, String>> properties = new LinkedHashMap<>();
        update.path("properties").forEach(property ->
                properties.put(property.path("key").asText(), flat(property.path("value"))));
        java.util.List<String> labels = new java.util.ArrayList<>();
        fields.path("labels").forEach(label -> labels.add(label.asText()));
        return new IssueDraft(fields.path("project").path("key").asText(fields.path("project").path("id").asText("")),
                fields.path("issuetype").path("name").asText(fields.path("issuetype").path("id").asText("")),
                fields.path("summary").isTextual() ? fields.path("summary").asText() : null,
                fields.has("description") && !fields.path("description").isNull() ? descriptionValue(fields)
                        : null,
                userId(fields.path("assignee")), text(fields, "duedate"), labels, properties);
    }

    Object descriptionValue(JsonNode fields) {
        JsonNode description = fields.path("description");
        return description.isTextual() ? description.asText() : description;
    }

    /** The identifier a user reference names: {@code name} (Data Center) or {@code accountId} (Cloud). */
    Optional<String> userId(JsonNode reference) {
        if (reference == null || reference.isNull() || reference.isMissingNode()) {
            return Optional.empty();
        }
        return text(reference, "accountId").or(() -> text(reference, "name")).or(() -> text(reference, "key"));
    }

    static Map<String, String> flat(JsonNode value) {
        Map<String, String> flat = new LinkedHashMap<>();
        value.properties().forEach(entry -> flat.put(entry.getKey(),
                entry.getValue().isValueNode() ? entry.getValue().asText() : entry.getValue().toString()));
        return flat;
    }

    ObjectNode flatObject(Map<String, String> value) {
        ObjectNode node = object();
        value.forEach(node::put);
        return node;
    }

    private JsonNode description(Object description) {
        if (description instanceof JsonNode node) {
            return node;
        }
        if (description instanceof String text) {
            return mapper.getNodeFactory().textNode(text);
        }
        return mapper.nullNode();
    }

    static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() && !value.asText().isEmpty() ? Optional.of(value.asText())
                : Optional.empty();
    }

    static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }

    private static int remoteLinkId(String issueKey, String globalId) {
        return 10000 + Math.floorMod((issueKey + "|" + globalId).hashCode(), 90000);
    }

    private static String statusId(IssueStatus status) {
        return switch (status.category()) {
            case TO_DO -> "10000";
            case IN_PROGRESS -> "3";
            case DONE -> "10001";
            case UNDEFINED -> "1";
        };
    }

    private static int categoryId(StatusCategory category) {
        return switch (category) {
            case TO_DO -> 2;
            case IN_PROGRESS -> 4;
            case DONE -> 3;
            case UNDEFINED -> 1;
        };
    }

    private static String color(StatusCategory category) {
        return switch (category) {
            case TO_DO -> "blue-gray";
            case IN_PROGRESS -> "yellow";
            case DONE -> "green";
            case UNDEFINED -> "medium-gray";
        };
    }

    private static String categoryName(StatusCategory category) {
        return switch (category) {
            case TO_DO -> "To Do";
            case IN_PROGRESS -> "In Progress";
            case DONE -> "Done";
            case UNDEFINED -> "No Category";
        };
    }

    ArrayNode array() {
        return mapper.createArrayNode();
    }
}

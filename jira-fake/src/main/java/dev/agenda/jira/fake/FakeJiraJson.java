package dev.agenda.jira.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the fake Jira's JSON as Jira's REST v2 (Data Center) or v3 (Cloud) does: users by name and key or by account
 * id, descriptions as wiki markup or Atlassian Documents, timestamps as {@code 2017-11-30T17:00:00.000+0000}, errors
 * as {@code {"errorMessages": [...], "errors": {...}}}. Everything goes through Jackson; nothing is escaped by hand.
 */
final class FakeJiraJson {

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

    final ObjectMapper mapper = new ObjectMapper();
    private final ServerInfo.Deployment deployment;
    private final String apiBase;

    /** @param apiBase the API root's address, e.g. {@code http://127.0.0.1:8080/rest/api/2} */
    FakeJiraJson(ServerInfo.Deployment deployment, String apiBase) {
        this.deployment = deployment;
        this.apiBase = apiBase;
    }

    boolean cloud() {
        return deployment == ServerInfo.Deployment.CLOUD;
    }

    ServerInfo.Deployment deployment() {
        return deployment;
    }

    String apiBase() {
        return apiBase;
    }

    ObjectNode object() {
        return mapper.createObjectNode();
    }

    ArrayNode array() {
        return mapper.createArrayNode();
    }

    /** Jira's error body. */
    ObjectNode error(List<String> messages, Map<String, String> fields) {
        ObjectNode body = object();
        ArrayNode array = body.putArray("errorMessages");
        messages.forEach(array::add);
        ObjectNode errors = body.putObject("errors");
        fields.forEach(errors::put);
        return body;
    }

    ObjectNode error(String message) {
        return error(List.of(message), Map.of());
    }

    /** A tracker error as Jira would write it: field errors in its field-error object, anything else as a message. */
    ObjectNode error(TrackerError error) {
        return error.fieldErrors().isEmpty()
                ? error(List.of(error.message()), Map.of())
                : error(List.of(), error.fieldErrors());
    }

    ObjectNode user(FakeUser user) {
        ObjectNode node = object();
        if (cloud()) {
            node.put("self", apiBase + "/user?accountId=" + user.accountId())
                    .put("accountId", user.accountId())
                    .put("accountType", "atlassian");
        } else {
            node.put("self", apiBase + "/user?username=" + user.name())
                    .put("key", user.key())
                    .put("name", user.name());
        }
        return node.put("emailAddress", user.email())
                .put("displayName", user.displayName())
                .put("active", true)
                .put("timeZone", "America/Phoenix");
    }

    ObjectNode project(Project project) {
        return object().put("self", apiBase + "/project/" + project.id())
                .put("id", project.id())
                .put("key", project.key())
                .put("name", project.name());
    }

    ObjectNode issueType(IssueType type) {
        ObjectNode node = object().put("self", apiBase + "/issuetype/" + type.id())
                .put("id", type.id())
                .put("name", type.name())
                .put("description", type.name())
                .put("subtask", type.subtask())
                .put(
                        "iconUrl",
                        apiBase.replaceFirst("/rest/api/\\d$", "") + "/images/icons/issuetypes/"
                                + type.name().toLowerCase(Locale.ROOT) + ".svg");
        if (cloud()) {
            node.put("hierarchyLevel", type.subtask() ? -1 : 0);
        }
        return node;
    }

    ObjectNode status(IssueStatus status) {
        ObjectNode node = object().put("self", apiBase + "/status/" + statusId(status))
                .put("id", statusId(status))
                .put("name", status.name())
                .put("description", "");
        StatusCategory category = status.category();
        node.putObject("statusCategory")
                .put("self", apiBase + "/statuscategory/" + categoryId(category))
                .put("id", categoryId(category))
                .put("key", category.key())
                .put("colorName", color(category))
                .put("name", categoryName(category));
        return node;
    }

    ObjectNode transition(Transition transition) {
        ObjectNode node = object().put("id", transition.id()).put("name", transition.name());
        node.set("to", status(transition.to()));
        return node.put("hasScreen", false)
                .put("isGlobal", true)
                .put("isInitial", false)
                .put("isConditional", false)
                .put("isAvailable", true);
    }

    /**
     * An issue with the selected fields and the asked-for properties it has ({@code properties} appears whenever
     * properties were asked for). With ids only selected, just its {@code id}.
     */
    ObjectNode issue(
            FakeIssueState issue,
            Project project,
            FieldSelection selection,
            Collection<String> properties,
            FakeUser viewer) {
        if (selection.idsOnly()) {
            return object().put("id", issue.id());
        }
        ObjectNode node = object().put("expand", "")
                .put("id", issue.id())
                .put("self", apiBase + "/issue/" + issue.id())
                .put("key", issue.key());
        ObjectNode fields = node.putObject("fields");
        putIf(selection, fields, "summary", mapper.getNodeFactory().textNode(issue.summary()));
        putIf(selection, fields, "status", status(issue.status()));
        putIf(
                selection,
                fields,
                "assignee",
                issue.assignee().<JsonNode>map(this::user).orElse(mapper.nullNode()));
        putIf(selection, fields, "reporter", user(issue.reporter()));
        putIf(
                selection,
                fields,
                "duedate",
                issue.dueDate()
                        .<JsonNode>map(date -> mapper.getNodeFactory().textNode(date.toString()))
                        .orElse(mapper.nullNode()));
        ArrayNode labels = array();
        issue.labels().forEach(labels::add);
        putIf(selection, fields, "labels", labels);
        putIf(selection, fields, "created", mapper.getNodeFactory().textNode(timestamp(issue.created())));
        putIf(selection, fields, "updated", mapper.getNodeFactory().textNode(timestamp(issue.updated())));
        putIf(
                selection,
                fields,
                "statuscategorychangedate",
                mapper.getNodeFactory().textNode(timestamp(issue.statusCategoryChanged())));
        putIf(
                selection,
                fields,
                "issuetype",
                issueType(IssueRules.issueType(issue.issueType()).orElseThrow()));
        putIf(selection, fields, "project", project(project));
        putIf(selection, fields, "description", description(issue));
        if (selection.includes("watches")) {
            fields.putObject("watches")
                    .put("self", apiBase + "/issue/" + issue.key() + "/watchers")
                    .put("watchCount", issue.watchers().size())
                    .put("isWatching", issue.watchers().contains(viewer));
        }
        if (!properties.isEmpty()) {
            ObjectNode values = node.putObject("properties");
            for (String name : properties) {
                Map<String, String> value = issue.properties().get(name);
                if (value != null) {
                    values.set(name, flatObject(value));
                }
            }
        }
        return node;
    }

    /** A stored remote link as {@code GET .../remotelink} lists it. */
    ObjectNode remoteLink(String issueKey, FakeIssueState.StoredLink stored) {
        RemoteLink link = stored.link();
        ObjectNode node = object().put("id", stored.id()).put("self", remoteLinkSelf(issueKey, stored.id()));
        if (!link.globalId().isEmpty()) {
            node.put("globalId", link.globalId());
        }
        node.putObject("application").put("type", link.applicationType()).put("name", link.applicationName());
        node.put("relationship", link.relationship());
        ObjectNode object = node.putObject("object").put("url", link.url()).put("title", link.title());
        link.summary().ifPresent(summary -> object.put("summary", summary));
        link.iconUrl().ifPresent(icon -> object.putObject("icon").put("url16x16", icon));
        return node;
    }

    String remoteLinkSelf(String issueKey, long id) {
        return apiBase + "/issue/" + issueKey + "/remotelink/" + id;
    }

    ObjectNode flatObject(Map<String, String> value) {
        ObjectNode node = object();
        value.forEach(node::put);
        return node;
    }

    static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }

    private JsonNode description(FakeIssueState issue) {
        if (issue.description().blocks().isEmpty()) {
            return mapper.nullNode();
        }
        return cloud()
                ? DescriptionCodec.toAdf(issue.description())
                : mapper.getNodeFactory().textNode(DescriptionCodec.toWiki(issue.description()));
    }

    private static void putIf(FieldSelection selection, ObjectNode fields, String name, JsonNode value) {
        if (selection.includes(name)) {
            fields.set(name, value);
        }
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
}

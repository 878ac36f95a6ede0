package dev.agenda.jira.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agenda.core.issues.IssueKey;
import dev.agenda.core.tracker.CreatedIssue;
import dev.agenda.core.tracker.Issue;
import dev.agenda.core.tracker.IssueStatus;
import dev.agenda.core.tracker.IssueType;
import dev.agenda.core.tracker.Project;
import dev.agenda.core.tracker.RemoteLink;
import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.core.tracker.StatusCategory;
import dev.agenda.core.tracker.TrackerUser;
import dev.agenda.core.tracker.Transition;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads Jira's JSON (REST v2 and v3 alike) into the tracker model. Only what is required is required — an issue's id,
 * and key, a user's identifier — and everything Jira may leave out or send as {@code null} (assignee, due date,
 * labels, dates, properties) becomes empty. A missing required value, or an issue key not as Jira writes one
 * ({@link IssueKey#isJiraKey}), throws {@link UnreadableJiraAnswer}, which the client turns into a
 * {@code BAD_RESPONSE} error: such a key is never handed on.
 */
public final class JiraReader {

    /** The issue fields this client asks Jira for. */
    public static final List<String> ISSUE_FIELDS =
            List.of("summary", "status", "assignee", "duedate", "labels", "updated", "statuscategorychangedate");

    /** The status name shown when Jira sent none: the issue is still shown, its state as unknown. */
    public static final String UNKNOWN_STATUS = "Unknown";

    private static final int SHOWN_KEY_LENGTH = 40;

    /** Jira's timestamps: {@code 2017-11-30T10:15:30.000+0000} (no colon in the offset), or ISO 8601. */
    private static final DateTimeFormatter JIRA_TIMESTAMP = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .appendPattern("[XXX][XX][X]")
            .toFormatter(Locale.ROOT);

    private JiraReader() {}

    /** A required value was missing or of the wrong type. */
    public static final class UnreadableJiraAnswer extends RuntimeException {
        public UnreadableJiraAnswer(String message) {
            super(message);
        }

        /** Never null: every constructor takes the message. */
        @Override
        public String getMessage() {
            return Objects.requireNonNull(super.getMessage());
        }
    }

    public static Issue issue(JsonNode node) {
        JsonNode fields = node.path("fields");
        JsonNode status = fields.path("status");
        IssueStatus issueStatus = new IssueStatus(
                status.path("name").asText(UNKNOWN_STATUS),
                StatusCategory.ofKey(status.path("statusCategory").path("key").asText(null)));
        List<String> labels = new ArrayList<>();
        fields.path("labels").forEach(label -> labels.add(label.asText()));
        Map<String, Map<String, String>> properties = new LinkedHashMap<>();
        node.path("properties").properties().forEach(entry -> properties.put(entry.getKey(), flat(entry.getValue())));
        return new Issue(
                required(node, "id", "an issue"),
                issueKey(node, "an issue"),
                fields.path("summary").asText(""),
                issueStatus,
                optionalUser(fields.path("assignee")),
                optionalText(fields, "duedate").flatMap(JiraReader::date),
                labels,
                optionalText(fields, "updated").flatMap(JiraReader::timestamp),
                optionalText(fields, "statuscategorychangedate").flatMap(JiraReader::timestamp),
                properties);
    }

    public static TrackerUser user(JsonNode node) {
        Optional<String> accountId = optionalText(node, "accountId");
        Optional<String> name = optionalText(node, "name");
        if (accountId.isEmpty() && name.isEmpty()) {
            throw new UnreadableJiraAnswer("a user without accountId or name");
        }
        String displayName = optionalText(node, "displayName").orElse(name.orElse(accountId.orElse("")));
        return new TrackerUser(
                accountId,
                accountId.isPresent() ? Optional.empty() : name,
                optionalText(node, "key"),
                displayName,
                optionalText(node, "emailAddress"));
    }

    public static Optional<TrackerUser> optionalUser(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? Optional.empty() : Optional.of(user(node));
    }

    public static List<TrackerUser> users(JsonNode array) {
        List<TrackerUser> users = new ArrayList<>();
        array.forEach(user -> users.add(user(user)));
        return users;
    }

    public static ServerInfo serverInfo(JsonNode node) {
        String deploymentType = node.path("deploymentType").asText("Server");
        ServerInfo.Deployment deployment = switch (deploymentType.toLowerCase(Locale.ROOT)) {
            case "cloud" -> ServerInfo.Deployment.CLOUD;
            case "datacenter" -> ServerInfo.Deployment.DATA_CENTER;
            default -> ServerInfo.Deployment.SERVER;
        };
        return new ServerInfo(
                node.path("baseUrl").asText(""),
                required(node, "version", "the server info"),
                deployment,
                node.path("serverTitle").asText("Jira"));
    }

    public static Project project(JsonNode node) {
        return new Project(
                required(node, "id", "a project"),
                required(node, "key", "a project"),
                node.path("name").asText(""));
    }

    public static IssueType issueType(JsonNode node) {
        return new IssueType(
                required(node, "id", "an issue type"),
                required(node, "name", "an issue type"),
                node.path("subtask").asBoolean(false));
    }

    public static Transition transition(JsonNode node) {
        JsonNode to = node.path("to");
        return new Transition(
                required(node, "id", "a transition"),
                node.path("name").asText(""),
                new IssueStatus(
                        to.path("name").asText(""),
                        StatusCategory.ofKey(
                                to.path("statusCategory").path("key").asText(null))));
    }

    public static CreatedIssue created(JsonNode node) {
        return new CreatedIssue(required(node, "id", "a created issue"), issueKey(node, "a created issue"));
    }

    /** A remote link as Jira lists it, for tests and diagnostics. */
    public static RemoteLink remoteLink(JsonNode node) {
        JsonNode object = node.path("object");
        return new RemoteLink(
                node.path("globalId").asText(""),
                required(object, "url", "a remote link"),
                object.path("title").asText(""),
                optionalText(object, "summary"),
                node.path("application").path("type").asText(""),
                node.path("application").path("name").asText(""),
                node.path("relationship").asText(""),
                optionalText(object.path("icon"), "url16x16"));
    }

    /** An entity property's JSON object as text values by name (nested values as their JSON text). */
    public static Map<String, String> flat(JsonNode value) {
        Map<String, String> flat = new LinkedHashMap<>();
        value.properties()
                .forEach(entry -> flat.put(
                        entry.getKey(),
                        entry.getValue().isValueNode()
                                ? entry.getValue().asText()
                                : entry.getValue().toString()));
        return flat;
    }

    public static Optional<String> optionalText(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() || value.asText().isEmpty()
                ? Optional.empty()
                : Optional.of(value.asText());
    }

    static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<Instant> timestamp(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text, JIRA_TIMESTAMP).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** An issue's key, which must be one as Jira writes it: anything else would be kept, shown and looked up. */
    private static String issueKey(JsonNode node, String what) {
        String key = required(node, "key", what);
        if (!IssueKey.isJiraKey(key)) {
            String shown = key.replaceAll("\\p{Cntrl}", "?");
            throw new UnreadableJiraAnswer(what + " whose key ‘"
                    + (shown.length() > SHOWN_KEY_LENGTH ? shown.substring(0, SHOWN_KEY_LENGTH) + "…" : shown)
                    + "’ is not a Jira issue key");
        }
        return key;
    }

    private static String required(JsonNode node, String field, String what) {
        JsonNode value = node.path(field);
        if (!value.isValueNode() || value.isNull() || value.asText().isEmpty()) {
            throw new UnreadableJiraAnswer(what + " without " + field);
        }
        return value.asText();
    }
}

package dev.agenda.confluence.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agenda.core.sync.SyncRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON form of one page's sync records, as kept in the page's content property:
 * {@code {"version": 1, "records": {"<actionId>": {"issueKey": …, "issueId": …, "origin": "CREATED", "summary": …,
 * "assigneeId": null, "due": "2017-11-06", "pageComplete": false, "jiraDone": true, "syncedAt": "…Z",
 * "removal": null}}}}. Absent optionals are written as null; {@code removal} (what was chosen for the issue of a task
 * removed from the page, {@code LEFT} or {@code CLOSED}) may also be missing, as in records written before it was.
 * Reading is strict — a record missing a required field is refused rather than guessed, because a wrong record would
 * tie an action to the wrong issue. Thread-safe.
 */
public final class SyncRecordJson {

    /** The format written; a reader meeting a newer one refuses it instead of dropping what it does not know. */
    public static final int VERSION = 1;

    private final ObjectMapper json = new ObjectMapper();

    /** The records as one JSON document, in action-id order so that equal states are equal text. */
    public String write(Collection<SyncRecord> records) {
        ObjectNode root = json.createObjectNode().put("version", VERSION);
        ObjectNode byAction = root.putObject("records");
        records.stream().sorted(Comparator.comparing(SyncRecord::actionId)).forEach(record -> {
            ObjectNode node = byAction.putObject(record.actionId());
            node.put("issueKey", record.issueKey());
            node.put("issueId", record.issueId());
            node.put("origin", record.origin().name());
            node.put("summary", record.summary());
            node.put("assigneeId", record.assigneeId().orElse(null));
            node.put("due", record.due().map(LocalDate::toString).orElse(null));
            node.put("pageComplete", record.pageComplete());
            node.put("jiraDone", record.jiraDone());
            node.put("syncedAt", record.syncedAt().toString());
            node.put("removal", record.removal().map(Enum::name).orElse(null));
        });
        return root.toString();
    }

    /**
     * The records by action id.
     *
     * @throws IllegalArgumentException saying what is wrong, when the text is not this format
     */
    public Map<String, SyncRecord> read(String text) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "it is not JSON (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("it is not a JSON object");
        }
        if (root.path("version").asInt(-1) != VERSION) {
            throw new IllegalArgumentException("its version is " + root.path("version") + ", not " + VERSION);
        }
        JsonNode records = root.path("records");
        if (!records.isObject()) {
            throw new IllegalArgumentException("it has no \"records\" object");
        }
        Map<String, SyncRecord> byAction = new LinkedHashMap<>();
        records.properties().forEach(entry -> byAction.put(entry.getKey(), record(entry.getKey(), entry.getValue())));
        return byAction;
    }

    private static SyncRecord record(String actionId, JsonNode node) {
        try {
            return new SyncRecord(
                    actionId,
                    text(node, "issueKey"),
                    text(node, "issueId"),
                    SyncRecord.Origin.valueOf(text(node, "origin")),
                    text(node, "summary"),
                    optional(node, "assigneeId"),
                    optional(node, "due").map(LocalDate::parse),
                    flag(node, "pageComplete"),
                    flag(node, "jiraDone"),
                    Instant.parse(text(node, "syncedAt")),
                    optional(node, "removal").map(SyncRecord.Removal::valueOf));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "the record of action " + actionId + " is unreadable: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(field + " is missing or not text");
        }
        return value.asText();
    }

    private static Optional<String> optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException(field + " is not text");
        }
        return Optional.of(value.asText());
    }

    private static boolean flag(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isBoolean()) {
            throw new IllegalArgumentException(field + " is missing or not true/false");
        }
        return value.asBoolean();
    }
}

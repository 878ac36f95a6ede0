package dev.agenda.jira.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agenda.core.tracker.CreatedIssue;
import dev.agenda.core.tracker.Done;
import dev.agenda.core.tracker.Project;
import dev.agenda.core.tracker.RemoteLink;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.TrackerError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fake Jira's issue resources: create (one, or up to {@value #BULK_LIMIT} in bulk with per-item errors), read,
 * edit, transitions, remote links, entity properties and watchers, answering with the statuses and bodies Jira's
 * descriptions give.
 */
final class IssueResources {

    /** Jira's limit on issues in one bulk create request. */
    static final int BULK_LIMIT = 50;

    private final FakeJiraWorld world;
    private final FakeJiraJson json;
    private final Replies replies;
    private final RequestReader reader;

    IssueResources(FakeJiraWorld world, FakeJiraJson json) {
        this.world = world;
        this.json = json;
        this.replies = new Replies(json);
        this.reader = new RequestReader(json.deployment());
    }

    Reply create(HttpCall call) {
        Result<CreatedIssue> created = world.create(call.viewer(), reader.draft(call.body()), json.deployment());
        return created.isOk()
                ? Reply.json(201, createdBody(created.value()))
                : Reply.json(400, json.error(created.failure().orElseThrow()));
    }

    /** Creates each item on its own: 201 if any was created, 400 if none was; failures name their 0-based index. */
    Reply bulk(HttpCall call) {
        JsonNode updates = call.body().path("issueUpdates");
        if (!updates.isArray()) {
            return Reply.json(400, json.error("The request needs an 'issueUpdates' array."));
        }
        if (updates.size() > BULK_LIMIT) {
            return Reply.json(
                    400,
                    json.error("The maximum number of issues that can be created in each bulk" + " operation is "
                            + BULK_LIMIT + "; this request has " + updates.size() + "."));
        }
        ObjectNode body = json.object();
        ArrayNode issues = body.putArray("issues");
        ArrayNode errors = body.putArray("errors");
        for (int i = 0; i < updates.size(); i++) {
            Result<CreatedIssue> created = world.create(call.viewer(), reader.draft(updates.get(i)), json.deployment());
            if (created.isOk()) {
                issues.add(createdBody(created.value()));
            } else {
                ObjectNode error = errors.addObject();
                error.set("elementErrors", json.error(created.failure().orElseThrow()));
                error.put("failedElementNumber", i).put("status", 400);
            }
        }
        return Reply.json(issues.isEmpty() && !errors.isEmpty() ? 400 : 201, body);
    }

    Reply issue(HttpCall call) {
        return issueBody(call, FieldSelection.parse(call.params("fields"), "*all"), 200);
    }

    Reply edit(HttpCall call) {
        Result<Done> edited = world.edit(call.viewer(), call.part(0), reader.edit(call.body()), json.deployment());
        if (edited.isOk() && json.cloud() && "true".equals(call.param("returnIssue"))) {
            return issueBody(call, FieldSelection.parse(List.of(), "*all"), 200);
        }
        return replies.done(edited);
    }

    Reply transitions(HttpCall call) {
        return replies.answer(world.transitions(call.viewer(), call.part(0)), transitions -> {
            ObjectNode body = json.object().put("expand", "transitions");
            ArrayNode array = body.putArray("transitions");
            transitions.forEach(transition -> array.add(json.transition(transition)));
            return body;
        });
    }

    /** An unavailable transition is the request's fault: 400, as Jira answers it. */
    Reply transition(HttpCall call) {
        JsonNode id = call.body().path("transition").path("id");
        if (!id.isTextual() && !id.isNumber()) {
            Result<FakeIssueState> issue = world.issue(call.viewer(), call.part(0));
            return issue.isOk()
                    ? Reply.json(400, json.error("Missing 'transition' identifier"))
                    : replies.failure(issue.failure().orElseThrow());
        }
        Result<Done> moved = world.transition(call.viewer(), call.part(0), id.asText());
        return moved.failure()
                .filter(error -> error.kind() == TrackerError.Kind.NOT_FOUND)
                .map(error -> Reply.json(400, json.error(error.message())))
                .orElseGet(() -> replies.done(moved));
    }

    /** 201 with the new link's id, or 200 when a link with the same globalId was updated. */
    Reply putRemoteLink(HttpCall call) {
        Result<FakeIssueState> issue = world.issue(call.viewer(), call.part(0));
        if (!issue.isOk()) {
            return replies.failure(issue.failure().orElseThrow());
        }
        Result<RemoteLink> link = RequestReader.remoteLink(call.body());
        if (!link.isOk()) {
            return Reply.json(400, json.error(link.failure().orElseThrow()));
        }
        Result<RemoteLinkPut> put = world.putRemoteLink(call.viewer(), call.part(0), link.value());
        if (!put.isOk()) {
            return replies.failure(put.failure().orElseThrow());
        }
        long id = put.value().stored().id();
        return Reply.json(
                put.value().created() ? 201 : 200,
                json.object().put("id", id).put("self", json.remoteLinkSelf(call.part(0), id)));
    }

    Reply remoteLinks(HttpCall call) {
        String globalId = call.param("globalId");
        Result<FakeIssueState> issue = world.issue(call.viewer(), call.part(0));
        if (!issue.isOk() || globalId == null) {
            return replies.answer(issue, state -> {
                ArrayNode links = json.array();
                state.remoteLinks().forEach(stored -> links.add(json.remoteLink(call.part(0), stored)));
                return links;
            });
        }
        return issue.value()
                .remoteLink(globalId)
                .map(stored -> Reply.json(200, json.remoteLink(call.part(0), stored)))
                .orElseGet(() -> Reply.json(404, json.error("No remote link with globalId '" + globalId + "'.")));
    }

    Reply property(HttpCall call) {
        String name = call.part(1);
        Result<Optional<Map<String, String>>> value = world.property(call.viewer(), call.part(0), name);
        if (value.isOk() && value.value().isEmpty()) {
            return Reply.json(404, json.error("The property with key '" + name + "' does not exist."));
        }
        return replies.answer(value, found -> {
            ObjectNode body = json.object().put("key", name);
            body.set("value", json.flatObject(found.orElseThrow()));
            return body;
        });
    }

    /** 201 when the property is new, 200 when it replaced one; no body either way. */
    Reply setProperty(HttpCall call) {
        Result<FakeIssueState> issue = world.issue(call.viewer(), call.part(0));
        if (issue.isOk() && !call.body().isObject()) {
            return Reply.json(400, json.error("The fake Jira keeps property values as JSON objects; send an object."));
        }
        Result<Boolean> set = issue.flatMap(
                state -> world.setProperty(call.viewer(), call.part(0), call.part(1), RequestReader.flat(call.body())));
        return set.isOk()
                ? Reply.empty(set.value() ? 201 : 200)
                : replies.failure(set.failure().orElseThrow());
    }

    Reply watchers(HttpCall call) {
        return replies.answer(world.watchers(call.viewer(), call.part(0)), watchers -> {
            ObjectNode body = json.object()
                    .put("self", json.apiBase() + "/issue/" + call.part(0) + "/watchers")
                    .put("isWatching", watchers.contains(call.viewer()))
                    .put("watchCount", watchers.size());
            ArrayNode array = body.putArray("watchers");
            watchers.forEach(user -> array.add(json.user(user)));
            return body;
        });
    }

    /** The body is a JSON string: the username on Data Center, the account id on Cloud. */
    Reply addWatcher(HttpCall call) {
        Result<FakeIssueState> issue = world.issue(call.viewer(), call.part(0));
        if (!issue.isOk()) {
            return replies.failure(issue.failure().orElseThrow());
        }
        if (!call.body().isTextual() || call.body().asText().isBlank()) {
            return Reply.json(
                    400,
                    json.error(
                            json.cloud()
                                    ? "The request body must be the account ID of the user," + " as a JSON string."
                                    : "The request body must be the username of the user, as a JSON string."));
        }
        return replies.done(
                world.addWatcher(call.viewer(), call.part(0), call.body().asText(), json.deployment()));
    }

    private Reply issueBody(HttpCall call, FieldSelection fields, int status) {
        Result<FakeIssueState> issue = world.issue(call.viewer(), call.part(0));
        if (!issue.isOk()) {
            return replies.failure(issue.failure().orElseThrow());
        }
        Project project =
                world.project(call.viewer(), issue.value().projectKey()).value();
        return Reply.json(
                status,
                json.issue(
                        issue.value(),
                        project,
                        fields,
                        propertyKeys(call.params("properties"), issue.value()),
                        call.viewer()));
    }

    /** The property keys asked for ({@code *all} for every one the issue has). */
    static List<String> propertyKeys(List<String> values, FakeIssueState issue) {
        List<String> keys = new ArrayList<>();
        for (String value : values) {
            for (String key : value.split(",", -1)) {
                if (key.strip().equals("*all")) {
                    keys.addAll(issue.properties().keySet());
                } else if (!key.isBlank()) {
                    keys.add(key.strip());
                }
            }
        }
        return keys;
    }

    private ObjectNode createdBody(CreatedIssue created) {
        return json.object()
                .put("id", created.id())
                .put("key", created.key())
                .put("self", json.apiBase() + "/issue/" + created.id());
    }
}

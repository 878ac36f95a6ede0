package dev.agenda.jira.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agenda.core.tracker.Change;
import dev.agenda.core.tracker.CreatedIssue;
import dev.agenda.core.tracker.Done;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.core.tracker.TrackerError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fake Jira's REST resources other than search, under the API root, answering as the viewer. Each route is a
 * method and a path template; {@link #route} names the template a request matched, for counting.
 */
final class FakeJiraRoutes {

    /** A request as the routes see it. */
    record Call(String method, String path, Map<String, String> query, JsonNode body, FakeUser viewer) {
    }

    private record Route(String method, String template, Pattern pattern, Function<Context, Reply> handler) {
    }

    private record Context(Call call, List<String> parts) {
    }

    static final int BULK_LIMIT = 50;

    private final FakeJiraWorld world;
    private final FakeJiraJson json;
    private final ServerInfo.Deployment deployment;
    private final String baseUrl;
    private final FakeJiraSearch search;
    private final List<Route> routes = new ArrayList<>();

    FakeJiraRoutes(FakeJiraWorld world, FakeJiraJson json, ServerInfo.Deployment deployment, String baseUrl) {
        this.world = world;
        this.json = json;
        this.deployment = deployment;
        this.baseUrl = baseUrl;
        this.search = new FakeJiraSearch(world, json, deployment);
        add("GET", "/serverInfo", c -> serverInfo());
        add("GET", "/myself", c -> Reply.json(200, json.user(c.call().viewer())));
        add("GET", "/project/{key}", c -> answer(world.project(c.call().viewer(), c.parts().get(0)), json::project));
        add("GET", "/issue/createmeta/{key}/issuetypes", this::issueTypes);
        add("POST", "/issue/bulk", this::bulk);
        add("POST", "/issue", this::create);
        add("GET", "/issue/{key}", this::issue);
        add("PUT", "/issue/{key}", this::edit);
        add("GET", "/issue/{key}/transitions", c -> answer(world.transitions(c.call().viewer(), c.parts().get(0)),
                transitions -> {
                    ObjectNode body = json.object().put("expand", "transitions");
                    ArrayNode array = body.putArray("transitions");
                    transitions.forEach(transition -> array.add(json.transition(transition)));
                    return body;
                }));
        add("POST", "/issue/{key}/transitions", c -> done(world.transition(c.call().viewer(), c.parts().get(0),
                c.call().body().path("transition").path("id").asText(""))));
        add("POST", "/issue/{key}/remotelink", this::putRemoteLink);
        add("GET", "/issue/{key}/remotelink", c -> answer(world.remoteLinks(c.call().viewer(), c.parts().get(0)),
                links -> {
                    ArrayNode array = json.array();
                    links.forEach(link -> array.add(json.remoteLink(c.parts().get(0), link)));
                    return array;
                }));
        add("GET", "/issue/{key}/properties/{property}", this::property);
        add("PUT", "/issue/{key}/properties/{property}", this::setProperty);
        add("GET", "/issue/{key}/watchers", this::watchers);
        add("POST", "/issue/{key}/watchers", c -> {
            Result<Done> added = world.addWatcher(c.call().viewer(), c.parts().get(0), c.call().body().asText(""));
            return added.failure().filter(error -> error.kind() == TrackerError.Kind.NOT_FOUND)
                    .map(error -> Reply.json(400, json.error(List.of(error.message()), Map.of())))
                    .orElseGet(() -> done(added));
        });
        add("GET", "/user", this::user);
        add("GET", "/user/search", this::userSearch);
        add("POST", "/search", c -> search.dataCenter(c.call().viewer(), c.call().body()));
        add("GET", "/search", c -> search.dataCenter(c.call().viewer(), queryAsBody(c.call().query())));
        if (json.cloud()) {
            add("POST", "/search/jql", c -> search.cloud(c.call().viewer(), c.call().body()));
            add("GET", "/search/jql", c -> search.cloud(c.call().viewer(), queryAsBody(c.call().query())));
        }
    }

    private void add(String method, String template, Function<Context, Reply> handler) {
        String regex = "^" + Arrays.stream(template.split("/", -1))
                .map(part -> part.startsWith("{") ? "([^/]+)" : Pattern.quote(part))
                .reduce((a, b) -> a + "/" + b).orElse("") + "$";
        routes.add(new Route(method, template, Pattern.compile(regex), handler));
    }

    /** The template a request matches ("GET /issue/{key}"), if any. */
    Optional<String> route(String method, String path) {
        return routes.stream().filter(r -> r.method().equals(method) && r.pattern().matcher(path).matches())
                .findFirst().map(r -> r.method() + " " + r.template());
    }

    Reply handle(Call call) {
        for (Route route : routes) {
            Matcher matcher = route.pattern().matcher(call.path());
            if (route.method().equals(call.method()) && matcher.matches()) {
                List<String> parts = new ArrayList<>();
                for (int i = 1; i <= matcher.groupCount(); i++) {
                    parts.add(matcher.group(i));
                }
                return route.handler().apply(new Context(call, parts));
            }
        }
        return Reply.json(404, json.error(List.of("The fake Jira has no resource " + call.method() + " "
                + call.path() + "."), Map.of()));
    }

    private Reply serverInfo() {
        return Reply.json(200, json.object().put("baseUrl", baseUrl).put("version", json.cloud() ? "1001.0.0" : "10.3.0")
                .put("buildNumber", 100300).put("deploymentType", json.cloud() ? "Cloud" : "DataCenter")
                .put("serverTitle", "Fake Jira"));
    }

    private Reply issueTypes(Context c) {
        int startAt = Math.max(0, parseInt(c.call().query().get("startAt"), 0));
        int maxResults = Math.max(1, Math.min(200, parseInt(c.call().query().get("maxResults"), 50)));
        return answer(world.issueTypes(c.call().viewer(), c.parts().get(0)), types -> {
            ObjectNode body = json.object().put("startAt", startAt).put("maxResults", maxResults)
                    .put("total", types.size());
            ArrayNode page = body.putArray(json.cloud() ? "issueTypes" : "values");
            types.stream().skip(startAt).limit(maxResults).forEach(type -> page.add(json.issueType(type)));
            if (!json.cloud()) {
                body.put("isLast", startAt + maxResults >= types.size());
            }
            return body;
        });
    }

    private Reply create(Context c) {
        Result<CreatedIssue> created = world.create(c.call().viewer(), json.draft(c.call().body()));
        if (created instanceof Result.Ok<CreatedIssue> ok) {
            return Reply.json(201, json.object().put("id", ok.value().id()).put("key", ok.value().key())
                    .put("self", baseUrl + "/issue/" + ok.value().id()));
        }
        return Reply.json(400, json.error(created.failure().orElseThrow()));
    }

    private Reply bulk(Context c) {
        JsonNode updates = c.call().body().path("issueUpdates");
        if (updates.size() > BULK_LIMIT) {
            return Reply.json(400, json.error(List.of("Bulk create is limited to " + BULK_LIMIT + " issues."),
                    Map.of()));
        }
        ObjectNode body = json.object();
        ArrayNode issues = body.putArray("issues");
        ArrayNode errors = body.putArray("errors");
        for (int i = 0; i < updates.size(); i++) {
            Result<CreatedIssue> created = world.create(c.call().viewer(),
                    json.draft(updates.get(i)));
            if (created instanceof Result.Ok<CreatedIssue> ok) {
                issues.addObject().put("id", ok.value().id()).put("key", ok.value().key())
                        .put("self", baseUrl + "/issue/" + ok.value().id());
            } else {
                ObjectNode error = errors.addObject().put("status", 400).put("failedElementNumber", i);
                error.set("elementErrors", json.error(created.failure().orElseThrow()));
            }
        }
        return Reply.json(issues.isEmpty() && !errors.isEmpty() ? 400 : 201, body);
    }

    private Reply issue(Context c) {
        List<String> properties = c.call().query().containsKey("properties")
                ? List.of(c.call().query().get("properties").split(",")) : List.of();
        return answer(world.issue(c.call().viewer(), c.parts().get(0), properties, deployment), view ->
                json.issue(view, world, world.project(c.call().viewer(), view.projectKey()).value()));
    }

    private Reply edit(Context c) {
        JsonNode fields = c.call().body().path("fields");
        Change<String> summary = change(fields, "summary", JsonNode::asText);
        Change<Object> description = change(fields, "description", node -> json.descriptionValue(fields));
        Change<String> assignee = change(fields, "assignee", node -> json.userId(node).orElse(""));
        Change<String> dueDate = change(fields, "duedate", JsonNode::asText);
        return done(world.edit(c.call().viewer(), c.parts().get(0), summary, description, assignee, dueDate));
    }

    private Reply putRemoteLink(Context c) {
        return json.remoteLink(c.call().body())
                .map(link -> answer(world.putRemoteLink(c.call().viewer(), c.parts().get(0), link), created -> {
                    ObjectNode body = json.remoteLink(c.parts().get(0), link);
                    return json.object().put("id", body.path("id").asInt()).put("self", body.path("self").asText());
                }, created -> created ? 201 : 200))
                .orElseGet(() -> Reply.json(400, json.error(List.of(), Map.of("object",
                        "A remote link needs an object with a url and a title."))));
    }

    private Reply property(Context c) {
        String name = c.parts().get(1);
        Result<Optional<Map<String, String>>> value = world.property(c.call().viewer(), c.parts().get(0), name);
        if (value.isOk() && value.value().isEmpty()) {
            return Reply.json(404, json.error(List.of("The property with key '" + name + "' does not exist."),
                    Map.of()));
        }
        return answer(value, found -> {
            ObjectNode body = json.object().put("key", name);
            body.set("value", json.flatObject(found.orElseThrow()));
            return body;
        });
    }

    private Reply setProperty(Context c) {
        Result<Boolean> set = world.setProperty(c.call().viewer(), c.parts().get(0), c.parts().get(1),
                FakeJiraJson.flat(c.call().body()));
        return set.failure().map(error -> Reply.json(status(error), json.error(error)))
                .orElseGet(() -> new Reply(set.value() ? 201 : 200, Map.of(), null));
    }

    private Reply watchers(Context c) {
        return answer(world.watchers(c.call().viewer(), c.parts().get(0)), watchers -> {
            ObjectNode body = json.object().put("self", baseUrl + "/issue/" + c.parts().get(0) + "/watchers")
                    .put("isWatching", watchers.contains(c.call().viewer())).put("watchCount", watchers.size());
            ArrayNode array = body.putArray("watchers");
            watchers.forEach(user -> array.add(json.user(user)));
            return body;
        });
    }

    private Reply user(Context c) {
        Map<String, String> query = c.call().query();
        String identifier = json.cloud() ? query.get("accountId")
                : query.getOrDefault("username", query.get("key"));
        return Optional.ofNullable(identifier).flatMap(world::user)
                .filter(user -> !json.cloud() || user.accountId().equals(identifier))
                .map(user -> Reply.json(200, json.user(user)))
                .orElseGet(() -> Reply.json(404, json.error(List.of("The user named '" + identifier
                        + "' does not exist"), Map.of())));
    }

    private Reply userSearch(Context c) {
        String query = c.call().query().getOrDefault(json.cloud() ? "query" : "username", "");
        ArrayNode users = json.array();
        if (!query.isBlank()) {
            world.searchUsers(query).forEach(user -> users.add(json.user(user)));
        }
        return Reply.json(200, users);
    }

    private <T> Reply answer(Result<T> result, Function<T, JsonNode> body) {
        return answer(result, body, value -> 200);
    }

    private <T> Reply answer(Result<T> result, Function<T, JsonNode> body, Function<T, Integer> status) {
        if (result instanceof Result.Ok<T> ok) {
            return Reply.json(status.apply(ok.value()), body.apply(ok.value()));
        }
        TrackerError error = result.failure().orElseThrow();
        return Reply.json(status(error), error.kind() == TrackerError.Kind.PROJECT_NOT_FOUND
                ? json.error(List.of("No project could be found with key '" + projectOf(error) + "'."), Map.of())
                : error.kind() == TrackerError.Kind.ISSUE_NOT_FOUND
                ? json.error(List.of("Issue Does Not Exist"), Map.of()) : json.error(error));
    }

    private Reply done(Result<Done> result) {
        return result.isOk() ? Reply.noContent() : answer(result, value -> null);
    }

    private static int status(TrackerError error) {
        return switch (error.kind()) {
            case PROJECT_NOT_FOUND, ISSUE_NOT_FOUND, NOT_FOUND -> 404;
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_AUTHENTICATED -> 401;
            case RATE_LIMITED -> 429;
            default -> 500;
        };
    }

    private static String projectOf(TrackerError error) {
        Matcher matcher = Pattern.compile("Jira project (\\S+) ").matcher(error.message());
        return matcher.find() ? matcher.group(1) : "";
    }

    private static <T> Change<T> change(JsonNode fields, String name, Function<JsonNode, T> reader) {
        if (!fields.has(name)) {
            return Change.keep();
        }
        return fields.get(name).isNull() ? Change.clear() : Change.set(reader.apply(fields.get(name)));
    }

    private JsonNode queryAsBody(Map<String, String> query) {
        ObjectNode body = json.object();
        query.forEach(body::put);
        return body;
    }

    private static int parseInt(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}

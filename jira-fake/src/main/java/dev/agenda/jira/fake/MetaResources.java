package dev.agenda.jira.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agenda.core.tracker.IssueType;
import dev.agenda.core.tracker.Result;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The fake Jira's resources about the server, projects and users: {@code serverInfo}, {@code myself},
 * {@code project/{key}}, {@code issue/createmeta/{key}/issuetypes}, {@code user} and {@code user/search}, answering
 * in the deployment's shape (Cloud pages issue types under {@code issueTypes}, Data Center under {@code values}).
 */
final class MetaResources {

    /** Cloud's limit for a page of create metadata. */
    static final int CREATEMETA_LIMIT = 200;

    private static final int DEFAULT_PAGE = 50;
    private static final int USER_SEARCH_LIMIT = 1000;

    private final FakeJiraWorld world;
    private final FakeJiraJson json;
    private final Replies replies;
    private final String baseUrl;

    MetaResources(FakeJiraWorld world, FakeJiraJson json, String baseUrl) {
        this.world = world;
        this.json = json;
        this.replies = new Replies(json);
        this.baseUrl = baseUrl;
    }

    Reply serverInfo(HttpCall call) {
        boolean cloud = json.cloud();
        ObjectNode body = json.object().put("baseUrl", baseUrl).put("version", cloud ? "1001.0.0-SNAPSHOT" : "10.3.0");
        ArrayNode numbers = body.putArray("versionNumbers");
        List.of(cloud ? 1001 : 10, cloud ? 0 : 3, 0).forEach(numbers::add);
        return Reply.json(
                200,
                body.put("deploymentType", cloud ? "Cloud" : "DataCenter")
                        .put("buildNumber", cloud ? 100282 : 10030024)
                        .put("buildDate", "2024-12-10T00:00:00.000+0000")
                        .put("serverTime", FakeJiraJson.timestamp(world.clock().instant()))
                        .put("scmInfo", "fake")
                        .put("serverTitle", world.serverTitle()));
    }

    Reply myself(HttpCall call) {
        return Reply.json(200, json.user(call.viewer()));
    }

    Reply project(HttpCall call) {
        String key = call.part(0);
        return world.project(call.viewer(), key).isOk()
                ? Reply.json(200, json.project(world.project(call.viewer(), key).value()))
                : replies.projectNotFound(key);
    }

    /** Both descriptions answer 400 — not 404 — when the project does not exist or may not be seen. */
    Reply issueTypes(HttpCall call) {
        String key = call.part(0);
        int startAt = Math.max(0, call.intParam("startAt", 0));
        int maxResults = call.intParam("maxResults", DEFAULT_PAGE);
        if (json.cloud() && maxResults > CREATEMETA_LIMIT) {
            return Reply.json(
                    400, json.error("Parameter 'maxResults' must not exceed the limit '" + CREATEMETA_LIMIT + "'"));
        }
        int pageSize = Math.max(1, maxResults);
        Result<List<IssueType>> types = world.issueTypes(call.viewer(), key);
        if (!types.isOk()) {
            return Reply.json(400, json.error("No project could be found with key '" + key + "'."));
        }
        List<IssueType> all = types.value();
        ObjectNode body = json.object()
                .put("maxResults", pageSize)
                .put("startAt", startAt)
                .put("total", all.size());
        if (!json.cloud()) {
            body.put("isLast", startAt + pageSize >= all.size());
        }
        ArrayNode page = body.putArray(json.cloud() ? "issueTypes" : "values");
        all.stream().skip(startAt).limit(pageSize).forEach(type -> page.add(json.issueType(type)));
        return Reply.json(200, body);
    }

    Reply user(HttpCall call) {
        Optional<FakeUser> user;
        String asked;
        if (json.cloud()) {
            asked = call.param("accountId");
            if (asked == null) {
                return Reply.json(400, json.error("The query parameter 'accountId' is required."));
            }
            user = world.userFor(asked, json.deployment());
        } else {
            String username = call.param("username");
            String key = call.param("key");
            if (username == null && key == null) {
                return Reply.json(
                        400,
                        json.error("Either the 'username' or the 'key' query parameters need to be" + " provided"));
            }
            asked = username != null ? username : key;
            user = world.users().stream()
                    .filter(candidate -> username != null
                            ? candidate.name().equalsIgnoreCase(username)
                            : candidate.key().equals(key))
                    .findFirst();
        }
        return user.map(found -> Reply.json(200, json.user(found)))
                .orElseGet(() -> Reply.json(
                        404,
                        json.error(
                                json.cloud()
                                        ? "Specified user does not exist or you do not have required permissions"
                                        : "The user named '" + asked + "' does not exist")));
    }

    Reply userSearch(HttpCall call) {
        String query = call.param(json.cloud() ? "query" : "username");
        String accountId = json.cloud() ? call.param("accountId") : null;
        if (query == null && accountId == null) {
            return Reply.json(
                    400,
                    json.error(
                            json.cloud()
                                    ? "One of the query parameters 'query' or 'accountId' is required."
                                    : "The username query parameter was not provided"));
        }
        List<FakeUser> found = accountId != null
                ? world.userFor(accountId, json.deployment()).stream().toList()
                : world.searchUsers(Objects.requireNonNull(query), json.deployment());
        int startAt = Math.max(0, call.intParam("startAt", 0));
        int maxResults = Math.max(1, Math.min(USER_SEARCH_LIMIT, call.intParam("maxResults", DEFAULT_PAGE)));
        ArrayNode users = json.array();
        found.stream().skip(startAt).limit(maxResults).forEach(user -> users.add(json.user(user)));
        return Reply.json(200, users);
    }
}

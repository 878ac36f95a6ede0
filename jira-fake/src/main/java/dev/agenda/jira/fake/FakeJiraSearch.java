package dev.agenda.jira.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agenda.core.tracker.Project;
import dev.agenda.core.tracker.ServerInfo;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The fake Jira's JQL search resources: Data Center's {@code /search} paged by {@code startAt} (validating keys unless
 * {@code validateQuery} is false) and Cloud's {@code /search/jql} paged by an opaque {@code nextPageToken} (always
 * strict); Cloud's old {@code /search} answers 410 Gone, as Jira Cloud has since 2025. At most
 * {@value #MAX_RESULTS} issues a page.
 */
final class FakeJiraSearch {

    static final int MAX_RESULTS = 100;
    private static final int DEFAULT_RESULTS = 50;

    private final FakeJiraWorld world;
    private final FakeJiraJson json;
    private final ServerInfo.Deployment deployment;

    FakeJiraSearch(FakeJiraWorld world, FakeJiraJson json, ServerInfo.Deployment deployment) {
        this.world = world;
        this.json = json;
        this.deployment = deployment;
    }

    Reply dataCenter(FakeUser viewer, JsonNode request) {
        if (json.cloud()) {
            return Reply.json(410, json.error(List.of("The requested API has been removed. Please migrate to the"
                    + " /rest/api/3/search/jql API."), Map.of()));
        }
        boolean strict = !(request.path("validateQuery").isBoolean() && !request.path("validateQuery").asBoolean())
                && !request.path("validateQuery").asText("").equalsIgnoreCase("false");
        FakeJiraWorld.SearchAnswer answer = world.search(viewer, request.path("jql").asText(""), strict, List.of(),
                deployment);
        if (!answer.errorMessages().isEmpty()) {
            return Reply.json(400, json.error(answer.errorMessages(), Map.of()));
        }
        int startAt = Math.max(0, request.path("startAt").asInt(0));
        int maxResults = pageSize(request);
        ObjectNode body = json.object().put("expand", "schema,names").put("startAt", startAt)
                .put("maxResults", maxResults).put("total", answer.issues().size());
        body.set("issues", issues(viewer, answer.issues(), startAt, maxResults));
        if (!answer.warnings().isEmpty()) {
            answer.warnings().forEach(body.putArray("warningMessages")::add);
        }
        return Reply.json(200, body);
    }

    Reply cloud(FakeUser viewer, JsonNode request) {
        List<String> properties = new ArrayList<>();
        request.path("properties").forEach(property -> properties.add(property.asText()));
        FakeJiraWorld.SearchAnswer answer = world.search(viewer, request.path("jql").asText(""), true, properties,
                deployment);
        if (!answer.errorMessages().isEmpty()) {
            return Reply.json(400, json.error(answer.errorMessages(), Map.of()));
        }
        int startAt = offset(request.path("nextPageToken").asText(""));
        int maxResults = pageSize(request);
        ObjectNode body = json.object();
        body.set("issues", issues(viewer, answer.issues(), startAt, maxResults));
        boolean last = startAt + maxResults >= answer.issues().size();
        if (!last) {
            body.put("nextPageToken", token(startAt + maxResults));
        }
        body.put("isLast", last);
        return Reply.json(200, body);
    }

    private ArrayNode issues(FakeUser viewer, List<FakeJiraWorld.IssueView> found, int startAt, int maxResults) {
        ArrayNode issues = json.array();
        found.stream().skip(startAt).limit(maxResults).forEach(view -> {
            Project project = world.project(viewer, view.projectKey()).value();
            issues.add(json.issue(view, world, project));
        });
        return issues;
    }

    private static int pageSize(JsonNode request) {
        int asked = request.path("maxResults").asInt(DEFAULT_RESULTS);
        return Math.max(1, Math.min(MAX_RESULTS, asked));
    }

    private static String token(int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("offset:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(String token) {
        if (token.isEmpty()) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            return decoded.startsWith("offset:") ? Integer.parseInt(decoded.substring(7)) : 0;
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }
}

package dev.agenda.jira.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agenda.core.tracker.Project;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The fake Jira's JQL search resources. Data Center's {@code /search} pages by {@code startAt} with a {@code total},
 * validating values as {@code validateQuery} says (true, absent or {@code strict}: an unknown key fails the query
 * naming it; false or {@code warn}: it is left out with a {@code warningMessages} entry; {@code none}: left out).
 * Cloud's {@code /search/jql} pages by an opaque {@code nextPageToken} with {@code isLast}, always validates strictly,
 * refuses unbounded queries, and returns only issue ids unless {@code fields} are asked for; Cloud's old
 * {@code /search} answers 410 Gone. At most {@value #MAX_RESULTS} issues a page on either.
 */
final class FakeJiraSearch {

    static final int MAX_RESULTS = 100;
    static final int CLOUD_MAX_PROPERTIES = 5;
    private static final int DEFAULT_RESULTS = 50;

    private final FakeJiraWorld world;
    private final FakeJiraJson json;

    FakeJiraSearch(FakeJiraWorld world, FakeJiraJson json) {
        this.world = world;
        this.json = json;
    }

    /** {@code /search} by POST body or by GET query (as a body of the same names). */
    Reply dataCenter(FakeUser viewer, JsonNode request) {
        if (json.cloud()) {
            return Reply.json(
                    410,
                    json.error("The requested API has been removed. Please migrate to the"
                            + " /rest/api/3/search/jql API. A full migration guideline is available at"
                            + " https://developer.atlassian.com/changelog/#CHANGE-2046"));
        }
        Optional<JqlEvaluator.Validation> validation = validation(request.path("validateQuery"));
        if (validation.isEmpty()) {
            return Reply.json(
                    400,
                    json.error("The value '" + request.path("validateQuery").asText()
                            + "' is not valid for validateQuery; use strict, warn, none, true or false."));
        }
        JqlEvaluator.SearchAnswer answer;
        try {
            answer = world.search(viewer, JqlQuery.parse(request.path("jql").asText("")), validation.get());
        } catch (JqlQuery.JqlException e) {
            return Reply.json(400, json.error(e.getMessage()));
        }
        if (answer.refused()) {
            return Reply.json(400, json.error(answer.errorMessages(), Map.of()));
        }
        int startAt = Math.max(0, request.path("startAt").asInt(0));
        int asked = request.path("maxResults").asInt(DEFAULT_RESULTS);
        int maxResults = Math.min(MAX_RESULTS, asked < 0 ? DEFAULT_RESULTS : asked);
        ObjectNode body = json.object()
                .put("expand", "schema,names")
                .put("startAt", startAt)
                .put("maxResults", maxResults)
                .put("total", answer.issues().size());
        body.set(
                "issues",
                page(
                        viewer,
                        answer.issues(),
                        startAt,
                        maxResults,
                        FieldSelection.parse(list(request.path("fields")), "*navigable"),
                        list(request.path("properties"))));
        if (!answer.warnings().isEmpty()) {
            answer.warnings().forEach(body.putArray("warningMessages")::add);
        }
        return Reply.json(200, body);
    }

    /** Cloud's {@code /search/jql} by POST body or by GET query. */
    Reply cloud(FakeUser viewer, JsonNode request) {
        List<String> properties = list(request.path("properties"));
        if (properties.size() > CLOUD_MAX_PROPERTIES) {
            return Reply.json(
                    400, json.error("At most " + CLOUD_MAX_PROPERTIES + " issue properties can be" + " requested."));
        }
        String jql = request.path("jql").asText("");
        JqlQuery query;
        try {
            query = JqlQuery.parse(jql);
        } catch (JqlQuery.JqlException e) {
            return Reply.json(400, json.error(e.getMessage()));
        }
        if (query.unbounded()) {
            return Reply.json(
                    400,
                    json.error("Unbounded JQL queries are not allowed here. Please add a search"
                            + " restriction to your query."));
        }
        Optional<Integer> startAt = offset(request.path("nextPageToken").asText(""), jql);
        if (startAt.isEmpty()) {
            return Reply.json(400, json.error("The provided next page token is invalid or expired."));
        }
        JqlEvaluator.SearchAnswer answer = world.search(viewer, query, JqlEvaluator.Validation.STRICT);
        if (answer.refused()) {
            return Reply.json(400, json.error(answer.errorMessages(), Map.of()));
        }
        int maxResults =
                Math.max(1, Math.min(MAX_RESULTS, request.path("maxResults").asInt(DEFAULT_RESULTS)));
        ObjectNode body = json.object();
        body.set(
                "issues",
                page(
                        viewer,
                        answer.issues(),
                        startAt.get(),
                        maxResults,
                        FieldSelection.parse(list(request.path("fields")), "id"),
                        properties));
        int next = startAt.get() + maxResults;
        boolean last = next >= answer.issues().size();
        if (!last) {
            body.put("nextPageToken", token(next, jql));
        }
        return Reply.json(200, body.put("isLast", last));
    }

    private ArrayNode page(
            FakeUser viewer,
            List<FakeIssueState> found,
            int startAt,
            int maxResults,
            FieldSelection fields,
            List<String> properties) {
        ArrayNode issues = json.array();
        found.stream().skip(startAt).limit(maxResults).forEach(issue -> {
            Project project = world.project(viewer, issue.projectKey()).value();
            issues.add(json.issue(issue, project, fields, IssueResources.propertyKeys(properties, issue), viewer));
        });
        return issues;
    }

    /** Jira's validateQuery: a boolean, or a mode by name; missing means strict. */
    private static Optional<JqlEvaluator.Validation> validation(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return Optional.of(JqlEvaluator.Validation.STRICT);
        }
        return switch (value.asText().toLowerCase(Locale.ROOT)) {
            case "true", "strict" -> Optional.of(JqlEvaluator.Validation.STRICT);
            case "false", "warn" -> Optional.of(JqlEvaluator.Validation.WARN);
            case "none" -> Optional.of(JqlEvaluator.Validation.NONE);
            default -> Optional.empty();
        };
    }

    /** A list parameter given as a JSON array or as comma-separated text. */
    private static List<String> list(JsonNode value) {
        List<String> values = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(item -> values.add(item.asText()));
        } else if (value.isTextual()) {
            values.add(value.asText());
        }
        return values;
    }

    /** A page token: the offset of the next page, bound to the query it pages through. */
    private static String token(int offset, String jql) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((offset + ":" + Integer.toHexString(jql.hashCode())).getBytes(StandardCharsets.UTF_8));
    }

    /** The offset a token names; 0 for no token; empty for a token that is not this query's. */
    private static Optional<Integer> offset(String token, String jql) {
        if (token.isEmpty()) {
            return Optional.of(0);
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(":", -1);
            if (parts.length == 2 && parts[1].equals(Integer.toHexString(jql.hashCode()))) {
                return Optional.of(Integer.parseInt(parts[0]));
            }
        } catch (IllegalArgumentException e) {
            // Not a token this fake issued; answered below as Jira answers an unknown token.
        }
        return Optional.empty();
    }
}

package dev.agenda.jira.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fake Jira's REST resources below the API root, as method and path template ({@code GET /issue/{key}}), each
 * bound to its handler. {@link #route} names the template a request matches, so that requests are counted by
 * template rather than by address. Immutable once built.
 */
final class FakeJiraRoutes {

    /** A resource: method, template, the template as a pattern, and what answers it. */
    private record Route(String method, String template, Pattern pattern, Function<HttpCall, Reply> handler) {}

    private final FakeJiraJson json;
    private final List<Route> routes = new ArrayList<>();

    FakeJiraRoutes(FakeJiraWorld world, FakeJiraJson json, String baseUrl) {
        this.json = json;
        MetaResources meta = new MetaResources(world, json, baseUrl);
        IssueResources issues = new IssueResources(world, json);
        FakeJiraSearch search = new FakeJiraSearch(world, json);
        add("GET", "/serverInfo", meta::serverInfo);
        add("GET", "/myself", meta::myself);
        add("GET", "/project/{key}", meta::project);
        add("GET", "/issue/createmeta/{key}/issuetypes", meta::issueTypes);
        add("GET", "/user", meta::user);
        add("GET", "/user/search", meta::userSearch);
        add("POST", "/issue/bulk", issues::bulk);
        add("POST", "/issue", issues::create);
        add("GET", "/issue/{key}", issues::issue);
        add("PUT", "/issue/{key}", issues::edit);
        add("GET", "/issue/{key}/transitions", issues::transitions);
        add("POST", "/issue/{key}/transitions", issues::transition);
        add("POST", "/issue/{key}/remotelink", issues::putRemoteLink);
        add("GET", "/issue/{key}/remotelink", issues::remoteLinks);
        add("GET", "/issue/{key}/properties/{propertyKey}", issues::property);
        add("PUT", "/issue/{key}/properties/{propertyKey}", issues::setProperty);
        add("GET", "/issue/{key}/watchers", issues::watchers);
        add("POST", "/issue/{key}/watchers", issues::addWatcher);
        add("POST", "/search", call -> search.dataCenter(call.viewer(), call.body()));
        add("GET", "/search", call -> search.dataCenter(call.viewer(), queryAsBody(call.query())));
        if (json.cloud()) {
            add("POST", "/search/jql", call -> search.cloud(call.viewer(), call.body()));
            add("GET", "/search/jql", call -> search.cloud(call.viewer(), queryAsBody(call.query())));
        }
    }

    private void add(String method, String template, Function<HttpCall, Reply> handler) {
        String regex = Arrays.stream(template.split("/", -1))
                .map(part -> part.startsWith("{") ? "([^/]+)" : Pattern.quote(part))
                .reduce((a, b) -> a + "/" + b)
                .orElse("");
        routes.add(new Route(method, template, Pattern.compile(regex), handler));
    }

    /** The template a request matches, e.g. {@code /issue/{key}}, if any. */
    Optional<String> route(String method, String path) {
        return routes.stream()
                .filter(r ->
                        r.method().equals(method) && r.pattern().matcher(path).matches())
                .findFirst()
                .map(Route::template);
    }

    /** Whether some resource has this path, whatever its method (for 405 rather than 404). */
    boolean knowsPath(String path) {
        return routes.stream().anyMatch(r -> r.pattern().matcher(path).matches());
    }

    Reply handle(HttpCall call) {
        for (Route route : routes) {
            Matcher matcher = route.pattern().matcher(call.path());
            if (route.method().equals(call.method()) && matcher.matches()) {
                List<String> parts = new ArrayList<>();
                for (int i = 1; i <= matcher.groupCount(); i++) {
                    parts.add(URLDecoder.decode(matcher.group(i), StandardCharsets.UTF_8));
                }
                return route.handler().apply(call.withPathParameters(parts));
            }
        }
        if (knowsPath(call.path())) {
            return Reply.json(405, json.error("Method " + call.method() + " is not allowed here."));
        }
        return Reply.json(404, json.error("The fake Jira has no resource " + call.method() + " " + call.path() + "."));
    }

    /** GET parameters as a body of the same names: single values as text, repeated ones as an array. */
    private JsonNode queryAsBody(Map<String, List<String>> query) {
        ObjectNode body = json.object();
        query.forEach((name, values) -> {
            if (values.size() == 1) {
                body.put(name, values.get(0));
            } else {
                values.forEach(body.putArray(name)::add);
            }
        });
        return body;
    }
}

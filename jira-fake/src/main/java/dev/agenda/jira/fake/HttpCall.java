package dev.agenda.jira.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A request as the fake's resources see it: its method, its path below the API root ({@code /issue/DM-1}), the
 * template's path parameters, its query parameters (each name with every value given), its JSON body (a missing node
 * when there was none) and the user it acts as — none only on the one route Jira answers anonymously
 * ({@code GET /serverInfo}).
 */
record HttpCall(
        String method,
        String path,
        List<String> pathParameters,
        Map<String, List<String>> query,
        JsonNode body,
        Optional<FakeUser> user) {

    HttpCall {
        pathParameters = List.copyOf(pathParameters);
        query = Map.copyOf(query);
    }

    HttpCall withPathParameters(List<String> parameters) {
        return new HttpCall(method, path, parameters, query, body, user);
    }

    /** The user the request acts as; every route but the anonymous one is only reached with one. */
    FakeUser viewer() {
        return user.orElseThrow(() -> new IllegalStateException(method + " " + path + " was reached anonymously"));
    }

    /** The n-th path parameter, as decoded. */
    String part(int index) {
        return pathParameters.get(index);
    }

    /** The first value of a query parameter, or null. */
    @Nullable
    String param(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    List<String> params(String name) {
        return query.getOrDefault(name, List.of());
    }

    int intParam(String name, int fallback) {
        try {
            String value = param(name);
            return value == null ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}

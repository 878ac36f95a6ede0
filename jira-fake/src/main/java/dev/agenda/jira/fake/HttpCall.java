package dev.agenda.jira.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A request as the fake's resources see it: its method, its path below the API root ({@code /issue/DM-1}), the
 * template's path parameters, its query parameters (each name with every value given), its JSON body (a missing node
 * when there was none) and the user it acts as.
 */
record HttpCall(
        String method,
        String path,
        List<String> pathParameters,
        Map<String, List<String>> query,
        JsonNode body,
        FakeUser viewer) {

    HttpCall {
        pathParameters = List.copyOf(pathParameters);
        query = Map.copyOf(query);
    }

    HttpCall withPathParameters(List<String> parameters) {
        return new HttpCall(method, path, parameters, query, body, viewer);
    }

    /** The n-th path parameter, as decoded. */
    String part(int index) {
        return pathParameters.get(index);
    }

    /** The first value of a query parameter, or null. */
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

package dev.agenda.jira.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One HTTP answer of the fake Jira: status, extra headers, and a JSON body (null for 204 and the like). */
record Reply(
        int status, Map<String, String> headers, @Nullable JsonNode body) {

    Reply {
        headers = Map.copyOf(headers);
    }

    static Reply json(int status, JsonNode body) {
        return new Reply(status, Map.of(), body);
    }

    static Reply noContent() {
        return new Reply(204, Map.of(), null);
    }

    static Reply empty(int status) {
        return new Reply(status, Map.of(), null);
    }
}

package dev.agenda.jira.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP answer of the fake Jira: status, extra headers, and a JSON body (null for 204 and the like) or, for the
 * issue pages people open, an HTML page (null for every REST answer).
 */
record Reply(
        int status,
        Map<String, String> headers,
        @Nullable JsonNode body,
        @Nullable String page) {

    Reply {
        headers = Map.copyOf(headers);
    }

    Reply(int status, Map<String, String> headers, @Nullable JsonNode body) {
        this(status, headers, body, null);
    }

    /** An HTML page, with the preview host's security headers ({@link IssuePage#SECURITY_HEADERS}). */
    static Reply html(int status, String page) {
        return new Reply(status, IssuePage.SECURITY_HEADERS, null, page);
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

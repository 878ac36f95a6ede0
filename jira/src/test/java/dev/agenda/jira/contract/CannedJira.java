package dev.agenda.jira.contract;

import static org.junit.Assert.assertTrue;

import dev.agenda.jira.transport.JiraRequest;
import dev.agenda.jira.transport.JiraResponse;
import dev.agenda.jira.transport.JiraTransport;
import dev.agenda.jira.transport.JiraTransportException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A Jira that answers every request with a canned answer and remembers the requests, for the validator's tests. */
final class CannedJira implements JiraTransport {

    static final Map<String, List<String>> JSON = Map.of("Content-Type", List.of("application/json"));

    final List<JiraRequest> requests = new ArrayList<>();
    JiraResponse next = new JiraResponse(200, JSON, "{}");
    JiraTransportException fail;

    void answer(int status, String body) {
        next = new JiraResponse(status, body.isEmpty() ? Map.of() : JSON, body);
    }

    @Override
    public JiraResponse execute(JiraRequest request) throws JiraTransportException {
        requests.add(request);
        if (fail != null) {
            throw fail;
        }
        return next;
    }

    @Override
    public String describe() {
        return "canned";
    }

    /** Fails unless a violation starts with {@code prefix} and mentions {@code detail}. */
    static void assertReported(OpenApiValidatingTransport transport, String prefix, String detail) {
        List<String> violations = transport.violations();
        boolean found = violations.stream()
                .anyMatch(v ->
                        v.startsWith(prefix) && v.substring(prefix.length()).contains(detail));
        assertTrue(
                "expected a violation starting \"" + prefix + "\" mentioning \"" + detail + "\" among " + violations,
                found);
    }
}

package dev.agenda.jira.transport;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Jira's answer: the status, the headers (names compared without case) and the body as text. */
public record JiraResponse(int status, Map<String, List<String>> headers, String body) {

    public JiraResponse {
        Map<String, List<String>> caseless = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> caseless.put(name, List.copyOf(values)));
        headers = Collections.unmodifiableMap(caseless);
        body = body == null ? "" : body;
    }

    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}

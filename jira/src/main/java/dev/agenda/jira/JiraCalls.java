package dev.agenda.jira;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agenda.core.tracker.Done;
import dev.agenda.core.tracker.Issue;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.TrackerError;
import dev.agenda.jira.http.JiraExchange;
import dev.agenda.jira.http.RateLimitWait;
import dev.agenda.jira.http.Subject;
import dev.agenda.jira.transport.JiraRequest;
import dev.agenda.jira.transport.JiraResponse;
import dev.agenda.jira.transport.JiraTransport;
import dev.agenda.jira.wire.JiraDialect;
import dev.agenda.jira.wire.JiraReader;
import dev.agenda.jira.wire.Query;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The request helpers every Jira operation uses: paths under the dialect's API root, JSON bodies, and reading the
 * answer with a {@link JiraReader} function, turning an answer that lacks required values into a
 * {@code BAD_RESPONSE} error instead of an exception.
 */
final class JiraCalls {

    private final JiraExchange exchange;
    private final JiraDialect dialect;
    private final ObjectMapper json;

    /**
     * The request plumbing for a client in this dialect: one exchange with the settings' retries, clock and waits,
     * whose requests each have the request patience ({@link #forRun} for a run's).
     */
    static JiraCalls create(JiraTransport transport, JiraDialect dialect, JiraClientSettings settings) {
        ObjectMapper json = new ObjectMapper();
        JiraExchange exchange = new JiraExchange(
                transport,
                settings.retry(),
                settings.pause(),
                settings.random(),
                new RateLimitWait(settings.clock()),
                json);
        return new JiraCalls(exchange, dialect, json);
    }

    JiraCalls(JiraExchange exchange, JiraDialect dialect, ObjectMapper json) {
        this.exchange = exchange;
        this.dialect = dialect;
        this.json = json;
    }

    /** The same plumbing (exchange, patience, rate-limit gate) in another dialect, once Jira has said which it is. */
    JiraCalls inDialect(JiraDialect other) {
        return new JiraCalls(exchange, other, json);
    }

    /** Plumbing for one run starting now: the same transport and gate, one patience for the run's requests. */
    JiraCalls forRun() {
        JiraExchange run = exchange.forRun();
        return run == exchange ? this : new JiraCalls(run, dialect, json);
    }

    JiraDialect dialect() {
        return dialect;
    }

    JiraExchange exchange() {
        return exchange;
    }

    <T> Result<T> get(String path, Subject subject, Function<JsonNode, T> reader) {
        return read(JiraRequest.get(dialect.apiRoot() + path), subject, reader);
    }

    <T> Result<T> query(String path, JsonNode body, Subject subject, Function<JsonNode, T> reader) {
        return read(JiraRequest.postQuery(dialect.apiRoot() + path, text(body)), subject, reader);
    }

    <T> Result<T> post(String path, JsonNode body, Subject subject, Function<JsonNode, T> reader) {
        return read(JiraRequest.post(dialect.apiRoot() + path, text(body)), subject, reader);
    }

    /** One issue with the fields this client reads and the asked-for entity properties. */
    Result<Issue> issue(String issueKey, Collection<String> propertyKeys) {
        String path = "/issue/" + Query.segment(issueKey) + "?fields=" + String.join(",", JiraReader.ISSUE_FIELDS)
                + (propertyKeys.isEmpty() ? "" : "&properties=" + Query.encode(String.join(",", propertyKeys)));
        return get(path, Subject.issue(issueKey), JiraReader::issue);
    }

    /**
     * A write whose answer has no content this client needs (204, or a body it ignores), which leaves Jira the same
     * however often it runs, so the exchange may repeat it after a failure ({@link JiraRequest.Repeat#SAFE_WRITE}).
     */
    Result<Done> repeatableWrite(JiraRequest.Method method, String path, JsonNode body, Subject subject) {
        return exchange.send(request(method, path, body).safeToRepeat(), subject)
                .map(response -> Done.DONE);
    }

    /** A write that must not run twice, sent to Jira as it is built here ({@link JiraRequest.Repeat#ONCE}). */
    JiraRequest request(JiraRequest.Method method, String path, JsonNode body) {
        String fullPath = dialect.apiRoot() + path;
        return method == JiraRequest.Method.PUT
                ? JiraRequest.put(fullPath, text(body))
                : JiraRequest.post(fullPath, text(body));
    }

    <T> Result<T> read(JiraRequest request, Subject subject, Function<JsonNode, T> reader) {
        return read(request, exchange.send(request, subject), reader);
    }

    /** Reads an answer already received (or the failure to receive one). */
    <T> Result<T> read(JiraRequest request, Result<JiraResponse> sent, Function<JsonNode, T> reader) {
        return sent.flatMap(response -> exchange.parse(request, response))
                .flatMap(node -> safely(() -> reader.apply(node)));
    }

    /** The value read, or a {@code BAD_RESPONSE} error if the answer lacked what the reader requires. */
    <T> Result<T> safely(Supplier<T> reading) {
        try {
            return Result.ok(reading.get());
        } catch (JiraReader.UnreadableJiraAnswer e) {
            return Result.failed(exchange.errors().unreadable(exchange.where(), e.getMessage()));
        }
    }

    String text(JsonNode body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TrackerError invalid(String message) {
        return TrackerError.of(TrackerError.Kind.INVALID, message);
    }
}

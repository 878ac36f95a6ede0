package dev.agenda.jira.testing;

import dev.agenda.jira.transport.JiraRequest;
import dev.agenda.jira.transport.JiraResponse;
import dev.agenda.jira.transport.JiraTransport;
import dev.agenda.jira.transport.JiraTransportException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A transport for tests that answers from a script: queued one-off answers first, then standing routes by method and
 * path prefix. Records every request it was sent. An unscripted request fails the test loudly.
 */
public final class ScriptedTransport implements JiraTransport {

    /** One scripted answer: a response, or a failure to get one. */
    @FunctionalInterface
    public interface Answer {
        JiraResponse answer(JiraRequest request) throws JiraTransportException;
    }

    private record Route(String method, String pathPrefix, Answer answer) {}

    private final Deque<Answer> queued = new ArrayDeque<>();
    private final List<Route> routes = new ArrayList<>();
    private final List<JiraRequest> requests = new CopyOnWriteArrayList<>();

    public static JiraResponse json(int status, String body) {
        return new JiraResponse(status, Map.of("Content-Type", List.of("application/json")), body);
    }

    public static JiraResponse withHeader(int status, String header, String value, String body) {
        return new JiraResponse(status, Map.of(header, List.of(value)), body);
    }

    public ScriptedTransport thenAnswer(JiraResponse response) {
        queued.add(request -> response);
        return this;
    }

    public ScriptedTransport thenFail(JiraTransportException.Kind kind) {
        queued.add(request -> {
            throw new JiraTransportException(
                    kind,
                    "scripted failure ("
                            + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                            + ") reaching Jira at http://jira.test");
        });
        return this;
    }

    public ScriptedTransport route(String method, String pathPrefix, Function<JiraRequest, JiraResponse> answer) {
        routes.add(new Route(method, pathPrefix, answer::apply));
        return this;
    }

    @Override
    public synchronized JiraResponse execute(JiraRequest request) throws JiraTransportException {
        requests.add(request);
        if (!queued.isEmpty()) {
            return queued.poll().answer(request);
        }
        for (Route route : routes) {
            if (route.method().equals(request.method().name()) && request.path().startsWith(route.pathPrefix())) {
                return route.answer().answer(request);
            }
        }
        throw new AssertionError("unscripted request " + request);
    }

    @Override
    public String describe() {
        return "Jira at http://jira.test";
    }

    public List<JiraRequest> requests() {
        return List.copyOf(requests);
    }

    public long count(String method, String pathPrefix) {
        return requests.stream()
                .filter(r -> r.method().name().equals(method) && r.path().startsWith(pathPrefix))
                .count();
    }
}

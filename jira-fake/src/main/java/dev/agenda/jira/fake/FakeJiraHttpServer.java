package dev.agenda.jira.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.agenda.core.tracker.ServerInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fake Jira served over HTTP on loopback, in the Data Center dialect (REST v2 at {@code /rest/api/2}, personal
 * access tokens as {@code Bearer}) or the Cloud dialect (REST v3 at {@code /rest/api/3}, email and API token as
 * Basic; Cloud also answers {@code /rest/api/2/serverInfo}, where clients detect the deployment). Requests act as the
 * user their token was registered for; {@code serverInfo} needs none. Faults from the {@link FaultPlan} are applied
 * before a request is handled; latency delays the answer on a scheduler, never by sleeping in a handler. Counts
 * requests by route ("POST /rest/api/2/search") for tests and benchmarks.
 */
public final class FakeJiraHttpServer implements AutoCloseable {

    private static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

    private final HttpServer server;
    private final ExecutorService handlers;
    private final ScheduledExecutorService delays;
    private final FakeJiraWorld world;
    private final ServerInfo.Deployment deployment;
    private final FaultPlan faults;
    private final String apiRoot;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();
    private volatile FakeJiraRoutes routes;
    private volatile FakeJiraJson json;

    private FakeJiraHttpServer(HttpServer server, FakeJiraWorld world, ServerInfo.Deployment deployment,
                               FaultPlan faults) {
        this.server = server;
        this.world = world;
        this.deployment = deployment;
        this.faults = faults;
        this.apiRoot = deployment == ServerInfo.Deployment.CLOUD ? "/rest/api/3" : "/rest/api/2";
        this.handlers = Executors.newCachedThreadPool(daemon("fake-jira-http"));
        this.delays = Executors.newSingleThreadScheduledExecutor(daemon("fake-jira-latency"));
    }

    /** Starts on a free loopback port. */
    public static FakeJiraHttpServer start(FakeJiraWorld world, ServerInfo.Deployment deployment, FaultPlan faults) {
        return start(world, deployment, faults, 0);
    }

    public static FakeJiraHttpServer start(FakeJiraWorld world, ServerInfo.Deployment deployment, FaultPlan faults,
                                           int port) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
            FakeJiraHttpServer fake = new FakeJiraHttpServer(http, world, deployment, faults);
            fake.json = new FakeJiraJson(deployment, fake.baseUrl() + fake.apiRoot);
            fake.routes = new FakeJiraRoutes(world, fake.json, deployment, fake.baseUrl() + fake.apiRoot);
            http.createContext("/", fake::handle);
            http.setExecutor(fake.handlers);
            http.start();
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException("the fake Jira could not listen on port " + port, e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public ServerInfo.Deployment deployment() {
        return deployment;
    }

    public FakeJiraWorld world() {
        return world;
    }

    public FaultPlan faults() {
        return faults;
    }

    /** Lets requests carrying this token act as the user (a PAT on Data Center, an API token on Cloud). */
    public FakeJiraHttpServer registerToken(String username, String token) {
        world.user(username).orElseThrow(() -> new IllegalArgumentException("no user " + username));
        tokens.put(token, username);
        return this;
    }

    /** All requests answered so far, faults included. */
    public int requestCount() {
        return total.get();
    }

    /** Requests answered for one route, e.g. {@code "POST /rest/api/2/issue/bulk"}. */
    public int requestCount(String route) {
        AtomicInteger count = counts.get(route);
        return count == null ? 0 : count.get();
    }

    /** Requests by route. */
    public Map<String, Integer> requestCounts() {
        Map<String, Integer> copy = new LinkedHashMap<>();
        counts.forEach((route, count) -> copy.put(route, count.get()));
        return copy;
    }

    @Override
    public void close() {
        server.stop(0);
        delays.shutdownNow();
        handlers.shutdownNow();
    }

    private void handle(HttpExchange exchange) {
        Reply reply;
        try {
            reply = answer(exchange);
        } catch (RuntimeException e) {
            reply = Reply.json(500, json.error(List.of("The fake Jira failed: " + e), Map.of()));
        }
        Duration delay = faults.latency();
        Reply answer = reply;
        if (delay.isZero() || delay.isNegative()) {
            send(exchange, answer);
        } else {
            delays.schedule(() -> send(exchange, answer), delay.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private Reply answer(HttpExchange exchange) throws UncheckedIOException {
        String method = exchange.getRequestMethod();
        URI uri = exchange.getRequestURI();
        String path = uri.getRawPath();
        total.incrementAndGet();
        boolean detection = deployment == ServerInfo.Deployment.CLOUD && path.equals("/rest/api/2/serverInfo");
        String inner = detection ? "/serverInfo" : path.startsWith(apiRoot) ? path.substring(apiRoot.length()) : null;
        counts.computeIfAbsent(method + " " + (inner == null ? path : apiRoot
                + routes.route(method, inner).map(route -> route.substring(route.indexOf(' ') + 1)).orElse(inner)),
                key -> new AtomicInteger()).incrementAndGet();
        Optional<FaultPlan.Fault> fault = faults.next();
        if (fault.isPresent()) {
            return faultReply(fault.get());
        }
        if (inner == null) {
            return Reply.json(404, json.error(List.of("The fake Jira serves " + apiRoot + " only."), Map.of()));
        }
        Optional<FakeUser> viewer = viewer(exchange.getRequestHeaders().getFirst("Authorization"));
        if (viewer.isEmpty() && !inner.equals("/serverInfo")) {
            return Reply.json(401, json.error(List.of("You are not authenticated. Authentication required to"
                    + " perform this operation."), Map.of()));
        }
        JsonNode body;
        try {
            body = readBody(exchange.getRequestBody());
        } catch (IOException e) {
            return Reply.json(400, json.error(List.of("The request body is not JSON."), Map.of()));
        }
        return routes.handle(new FakeJiraRoutes.Call(method, inner, query(uri.getRawQuery()), body,
                viewer.orElse(world.users().get(0))));
    }

    private Reply faultReply(FaultPlan.Fault fault) {
        if (fault instanceof FaultPlan.RateLimited limited) {
            return new Reply(429, Map.of("Retry-After", String.valueOf(limited.retryAfter().toSeconds())),
                    json.error(List.of("Rate limit exceeded."), Map.of()));
        }
        return Reply.json(((FaultPlan.ServerError) fault).status(),
                json.error(List.of("The fake Jira failed on purpose (injected fault)."), Map.of()));
    }

    private Optional<FakeUser> viewer(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        if (deployment != ServerInfo.Deployment.CLOUD && authorization.startsWith("Bearer ")) {
            return Optional.ofNullable(tokens.get(authorization.substring(7).trim())).flatMap(world::user);
        }
        if (deployment == ServerInfo.Deployment.CLOUD && authorization.startsWith("Basic ")) {
            String pair;
            try {
                pair = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            int colon = pair.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            String email = pair.substring(0, colon);
            return Optional.ofNullable(tokens.get(pair.substring(colon + 1))).flatMap(world::user)
                    .filter(user -> user.email().equalsIgnoreCase(email));
        }
        return Optional.empty();
    }

    private JsonNode readBody(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY_BYTES);
        if (bytes.length == 0) {
            return NullNode.getInstance();
        }
        return json.mapper.readTree(bytes);
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            query.putIfAbsent(name, value);
        }
        return query;
    }

    private void send(HttpExchange exchange, Reply reply) {
        try (exchange) {
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            if (reply.body() == null) {
                exchange.sendResponseHeaders(reply.status(), -1);
                return;
            }
            byte[] bytes = json.mapper.writeValueAsBytes(reply.body());
            exchange.getResponseHeaders().add("Content-Type", "application/json;charset=UTF-8");
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            // The client went away (a timeout on its side); there is no one left to answer.
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}

package dev.agenda.jira.fake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.sun.net.httpserver.HttpExchange;
import dev.agenda.core.tracker.ServerInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP exchange of the fake Jira, from the JDK's {@link HttpExchange} to the fake's {@link Reply} and back: what
 * {@link FakeJiraHttpServer} hands each request to. It owns no thread, socket or timer — the server decides when an
 * answer goes out — and keeps no state of its own beyond what it is given.
 *
 * <p>{@link #answer} decides the answer, checking in this order, each check answering when it fails:
 *
 * <ol>
 *   <li>the request is counted by route: its method and, below the API root, the {@linkplain FakeJiraRoutes#route
 *       template} it matches ({@code "GET /rest/api/2/issue/{key}"}), else its raw path;
 *   <li>the body is read whole: 413 with a Jira-shaped error naming the limit when it is over {@link #MAX_BODY_BYTES}
 *       (never a cut body handled), 400 when it cannot be read;
 *   <li>a person's {@code GET /browse/KEY}, the issue's page ({@link IssuePage}): served to no user in particular,
 *       without credentials, as on a Jira that lets anyone browse; but only when addressed to this server as
 *       {@code 127.0.0.1} or {@code localhost} with its own port (421 otherwise), so that a site whose name is made to
 *       resolve to 127.0.0.1 cannot read it from a visitor's browser. Faults are not applied to it: they are the REST
 *       API's trouble, and a person reading a page must not use up a test's planned faults;
 *   <li>the {@link FaultPlan}'s next fault, if any: 429 with {@code Retry-After} in whole seconds, rounded up, or its
 *       500 or 503;
 *   <li>404 for a path outside the API root ({@code /rest/api/2} or {@code /rest/api/3}); {@code GET
 *       /rest/api/2/serverInfo} is also served on Cloud, where clients detect the deployment;
 *   <li>401 for refused credentials, or for none anywhere but {@code GET serverInfo};
 *   <li>415 for a non-empty body not sent as {@code application/json}, 400 for one that is not JSON;
 *   <li>the routes' answer to the {@link HttpCall} — path below the API root, query parameters decoded, body as JSON
 *       (a missing node when empty) and the user — with the user's name in {@code X-AUSERNAME} on Data Center
 *       ({@code anonymous} without one).
 * </ol>
 *
 * <p>It never throws: a failure of the fake itself is answered 500. {@link #send} writes a reply back and closes the
 * exchange. Thread-safe: it holds only what it is given, each of which is.
 */
final class HttpExchanges {

    /** The largest request body the fake handles: 10 MiB. */
    static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

    /** Where people open an issue, as on Jira: {@code /browse/DM-1}. */
    private static final String BROWSE = "/browse/";

    /** Where clients detect the deployment: answered on Cloud too, below v2's root. */
    private static final String DETECTION_PATH = "/rest/api/2/serverInfo";

    private final ServerInfo.Deployment deployment;
    private final String apiRoot;
    private final FakeJiraJson json;
    private final FakeJiraRoutes routes;
    private final FaultPlan faults;
    private final Authenticator authenticator;
    private final RequestCounter counter;
    private final FakeJiraWorld world;
    private final IssuePage pages;

    /**
     * @param apiRoot {@code /rest/api/2} or {@code /rest/api/3}, the root the routes are served below
     * @param counter where each request is counted
     * @param world   whose issues {@code /browse/KEY} shows
     */
    HttpExchanges(
            ServerInfo.Deployment deployment,
            String apiRoot,
            FakeJiraJson json,
            FakeJiraRoutes routes,
            FaultPlan faults,
            Authenticator authenticator,
            RequestCounter counter,
            FakeJiraWorld world) {
        this.deployment = deployment;
        this.apiRoot = apiRoot;
        this.json = json;
        this.routes = routes;
        this.faults = faults;
        this.authenticator = authenticator;
        this.counter = counter;
        this.world = world;
        this.pages = new IssuePage(world.clock().getZone());
    }

    /** What one request was and what it was answered: for the record of arrivals. */
    record Answered(String request, Reply reply) {}

    /** The answer to the exchange's request, in the order the class comment gives; never throws. */
    Answered answer(HttpExchange exchange) {
        String request =
                exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
                        + (exchange.getRequestURI().getRawQuery() == null
                                ? ""
                                : "?" + exchange.getRequestURI().getRawQuery());
        byte[][] body = new byte[1][];
        Reply reply;
        try {
            reply = decide(exchange, body);
        } catch (RuntimeException e) {
            reply = Reply.json(500, json.error("The fake Jira failed: " + e));
        }
        return new Answered(
                request
                        + (body[0] == null || body[0].length == 0
                                ? ""
                                : " body#" + Integer.toHexString(Arrays.hashCode(body[0]))),
                reply);
    }

    /**
     * Writes the reply — its headers, and its body as UTF-8 JSON or none — and closes the exchange. A client gone
     * away is no one's failure: the reply is dropped.
     */
    void send(HttpExchange exchange, Reply reply) {
        try (exchange) {
            reply.headers()
                    .forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            String page = reply.page();
            if (page != null) {
                byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/html;charset=UTF-8");
                exchange.sendResponseHeaders(reply.status(), bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
                return;
            }
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

    /** @param read where the body is put once read, for the record */
    private Reply decide(HttpExchange exchange, byte[][] read) {
        String method = exchange.getRequestMethod();
        URI uri = exchange.getRequestURI();
        String path = uri.getRawPath();
        String inner = path.equals(DETECTION_PATH)
                ? "/serverInfo"
                : path.startsWith(apiRoot + "/") ? path.substring(apiRoot.length()) : null;
        String routed = inner == null
                ? (path.startsWith(BROWSE) ? BROWSE + "{key}" : path)
                : (path.equals(DETECTION_PATH) ? "/rest/api/2" : apiRoot)
                        + routes.route(method, inner).orElse(inner);
        counter.count(method + " " + routed);
        byte[] bytes;
        try {
            Optional<byte[]> body = readBody(exchange.getRequestBody());
            if (body.isEmpty()) {
                return Reply.json(
                        413,
                        json.error("The request body is larger than the fake Jira's limit of " + MAX_BODY_BYTES
                                + " bytes (10 MiB)."));
            }
            bytes = body.get();
            read[0] = bytes;
        } catch (IOException e) {
            return Reply.json(400, json.error("The request body could not be read."));
        }
        if (path.startsWith(BROWSE)) {
            return browse(exchange, method, path.substring(BROWSE.length()));
        }
        Optional<FaultPlan.Fault> fault = faults.next();
        if (fault.isPresent()) {
            return faultReply(fault.get());
        }
        if (inner == null) {
            return Reply.json(404, json.error("The fake Jira serves " + apiRoot + " only."));
        }
        Authenticator.Identity identity =
                authenticator.identify(exchange.getRequestHeaders().getFirst("Authorization"));
        boolean anonymousAllowed = inner.equals("/serverInfo") && method.equals("GET");
        if (identity.outcome() == Authenticator.Outcome.REFUSED
                || (identity.outcome() == Authenticator.Outcome.NONE && !anonymousAllowed)) {
            return Reply.json(
                    401,
                    json.error("You are not authenticated. Authentication required to perform this" + " operation."));
        }
        if (bytes.length > 0
                && !String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"))
                        .toLowerCase(Locale.ROOT)
                        .startsWith("application/json")) {
            return Reply.json(
                    415, json.error("Unsupported Media Type: send JSON with Content-Type" + " application/json."));
        }
        JsonNode body;
        try {
            body = bytes.length == 0 ? MissingNode.getInstance() : json.mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            return Reply.json(400, json.error("The request body is not valid JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            return Reply.json(400, json.error("The request body could not be read."));
        }
        Reply reply =
                routes.handle(new HttpCall(method, inner, List.of(), query(uri.getRawQuery()), body, identity.user()));
        if (deployment != ServerInfo.Deployment.CLOUD) {
            Map<String, String> headers = new LinkedHashMap<>(reply.headers());
            headers.put("X-AUSERNAME", identity.user().map(FakeUser::name).orElse("anonymous"));
            reply = new Reply(reply.status(), headers, reply.body());
        }
        return reply;
    }

    /** The issue page for a raw key from the path, or a page saying in words why there is none. */
    private Reply browse(HttpExchange exchange, String method, String rawKey) {
        String title = world.serverTitle();
        int port = exchange.getLocalAddress().getPort();
        String host = String.valueOf(exchange.getRequestHeaders().getFirst("Host"));
        if (!host.equals("127.0.0.1:" + port) && !host.equals("localhost:" + port)) {
            return Reply.html(
                    421,
                    pages.refusal(
                            "Not this server's address",
                            "Issue pages are served only at http://127.0.0.1:" + port + " and http://localhost:" + port
                                    + "; this request was addressed to " + host + ".",
                            title));
        }
        if (!method.equals("GET")) {
            return Reply.html(
                    405,
                    pages.refusal(
                            "Only GET", "An issue page can only be read (GET), not sent a " + method + ".", title));
        }
        String key = URLDecoder.decode(rawKey, StandardCharsets.UTF_8);
        return world.state(key)
                .filter(issue -> issue.key().equals(key.toUpperCase(Locale.ROOT)))
                .map(issue -> Reply.html(200, pages.issue(issue, title)))
                .orElseGet(() -> Reply.html(404, pages.notFound(key, title)));
    }

    private Reply faultReply(FaultPlan.Fault fault) {
        if (fault instanceof FaultPlan.RateLimited limited) {
            long seconds = (limited.retryAfter().toMillis() + 999) / 1000;
            return new Reply(429, Map.of("Retry-After", String.valueOf(seconds)), json.error("Rate limit exceeded."));
        }
        int status = ((FaultPlan.ServerError) fault).status();
        return Reply.json(
                status,
                json.error(
                        status == 503
                                ? "The fake Jira is unavailable (injected fault)."
                                : "The fake Jira failed (injected fault)."));
    }

    /**
     * The whole body, or empty if it is over the limit. An over-size body is read to its end and dropped, so that the
     * client, still sending, gets the 413 rather than a connection closed under it.
     */
    private static Optional<byte[]> readBody(InputStream in) throws IOException {
        try (in) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length <= MAX_BODY_BYTES) {
                return Optional.of(bytes);
            }
            in.transferTo(OutputStream.nullOutputStream());
            return Optional.empty();
        }
    }

    private static Map<String, List<String>> query(String rawQuery) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            query.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return query;
    }
}

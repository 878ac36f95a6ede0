package dev.agenda.jira.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.agenda.core.tracker.ServerInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The fake Jira served over HTTP on loopback, in the Data Center dialect (REST v2 at {@code /rest/api/2}, personal
 * access tokens as {@code Bearer}) or the Cloud dialect (REST v3 at {@code /rest/api/3}, email and API token as
 * {@code Basic}; Cloud also answers {@code GET /rest/api/2/serverInfo}, where clients detect the deployment).
 *
 * <p>Requests act as the user their token was {@linkplain #registerToken registered} for, so the world's visibility
 * rules apply; {@code serverInfo} also answers without credentials, but wrong credentials get 401 everywhere. Faults
 * from the {@link FaultPlan} are applied before a request is handled — 429 with {@code Retry-After}, 500 or 503 at the
 * error rate — and latency delays every answer on a scheduler: handler threads never sleep. Requests are counted by
 * route, {@code "POST /rest/api/2/issue/bulk"}, faulted ones included, and each is recorded as it arrived
 * ({@link #arrivals()}: when, in which order, what, and what it was answered).
 *
 * <p>People open an issue as on Jira, at {@code /browse/KEY}: a readable page of the issue (summary, status,
 * assignee, due date, labels, links back to meeting pages, the history of its transitions), served without
 * credentials to requests addressed to this server's own loopback address, with the preview host's security headers.
 *
 * <p>A request body over 10 MiB is answered 413 with a Jira-shaped error naming the limit; the fake never handles
 * part of a body.
 *
 * <p>Thread-safe. {@link #close()} stops the server and the threads it made. Starting a server leaves the system
 * properties as they were; the first one started in a JVM turns on {@code TCP_NODELAY} for the JDK's HTTP server
 * unless {@code sun.net.httpserver.nodelay} was set (the comment on {@code listen} says why).
 *
 * <p>This class is the server's life and its public face: it is built, listens, owns the handler and latency threads,
 * registers tokens, reports the counts, and decides when an answer goes out. What each request is answered, check by
 * check, is {@code HttpExchanges}'s, which also reads the request and writes the answer back.
 */
public final class FakeJiraHttpServer implements AutoCloseable {

    /** The largest request body the fake handles: 10 MiB (held where requests are read, {@code HttpExchanges}). */
    static final int MAX_BODY_BYTES = HttpExchanges.MAX_BODY_BYTES;

    static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";
    private static final Object JDK_SERVER_SETUP = new Object();
    private static boolean jdkServerSetUp;
    /** 127.0.0.1 by its address, never a name lookup: the fake's URLs say 127.0.0.1 whatever the JVM prefers. */
    private static final InetAddress LOOPBACK = loopback();

    /** How to start a server; {@link FakeJiraHttpServer#builder}. */
    public static final class Builder {
        private final FakeJiraWorld world;
        private final ServerInfo.Deployment deployment;
        private FaultPlan faults = FaultPlan.none();
        private int port;
        private @Nullable ScheduledExecutorService scheduler; // null: the server makes its own
        private Clock clock = Clock.systemUTC();

        private Builder(FakeJiraWorld world, ServerInfo.Deployment deployment) {
            this.world = Objects.requireNonNull(world, "world");
            this.deployment = Objects.requireNonNull(deployment, "deployment");
        }

        public Builder faults(FaultPlan plan) {
            this.faults = Objects.requireNonNull(plan, "plan");
            return this;
        }

        /** The loopback port; 0 (the default) picks a free one. */
        public Builder port(int number) {
            this.port = number;
            return this;
        }

        /** Delays answers on this scheduler (the caller's to shut down) instead of one the server makes. */
        public Builder scheduler(ScheduledExecutorService executor) {
            this.scheduler = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /** The clock arrivals are stamped with ({@link FakeJiraHttpServer#arrivals()}); the system's by default. */
        public Builder arrivalClock(Clock stamps) {
            this.clock = Objects.requireNonNull(stamps, "stamps");
            return this;
        }

        public FakeJiraHttpServer start() {
            return new FakeJiraHttpServer(this);
        }
    }

    private final HttpServer server;
    private final ExecutorService handlers;
    private final ScheduledExecutorService delays;
    private final boolean ownsDelays;
    private final FakeJiraWorld world;
    private final ServerInfo.Deployment deployment;
    private final FaultPlan faults;
    private final String apiRoot;
    private final Authenticator authenticator;
    private final RequestCounter counter = new RequestCounter();
    private final HttpExchanges exchanges;
    private final Clock arrivalClock;
    private final AtomicLong arrivalCount = new AtomicLong();
    private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();

    private FakeJiraHttpServer(Builder builder) {
        this.world = builder.world;
        this.deployment = builder.deployment;
        this.faults = builder.faults;
        this.arrivalClock = builder.clock;
        this.apiRoot = deployment == ServerInfo.Deployment.CLOUD ? "/rest/api/3" : "/rest/api/2";
        this.authenticator = new Authenticator(world, deployment);
        try {
            this.server = listen(new InetSocketAddress(LOOPBACK, builder.port));
        } catch (IOException e) {
            throw new UncheckedIOException("the fake Jira could not listen on port " + builder.port, e);
        }
        FakeJiraJson json = new FakeJiraJson(deployment, baseUrl() + apiRoot);
        this.exchanges = new HttpExchanges(
                deployment,
                apiRoot,
                json,
                new FakeJiraRoutes(world, json, baseUrl()),
                faults,
                authenticator,
                counter,
                world);
        this.handlers = Executors.newCachedThreadPool(daemon("fake-jira-http"));
        ScheduledExecutorService given = builder.scheduler;
        this.ownsDelays = given == null;
        this.delays = given == null ? Executors.newSingleThreadScheduledExecutor(daemon("fake-jira-latency")) : given;
        server.createContext("/", this::handle);
        server.setExecutor(handlers);
        server.start();
    }

    public static Builder builder(FakeJiraWorld world, ServerInfo.Deployment deployment) {
        return new Builder(world, deployment);
    }

    /** Starts on a free loopback port. */
    public static FakeJiraHttpServer start(FakeJiraWorld world, ServerInfo.Deployment deployment, FaultPlan faults) {
        return builder(world, deployment).faults(faults).start();
    }

    public static FakeJiraHttpServer start(
            FakeJiraWorld world, ServerInfo.Deployment deployment, FaultPlan faults, int port) {
        return builder(world, deployment).faults(faults).port(port).start();
    }

    /** The server's address, {@code http://127.0.0.1:<port>}, without the API root. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** {@code /rest/api/2} (Data Center) or {@code /rest/api/3} (Cloud). */
    public String apiRoot() {
        return apiRoot;
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

    /**
     * Lets requests carrying this token act as the user: {@code Bearer <token>} on Data Center, {@code Basic} of the
     * user's email and the token on Cloud.
     */
    public FakeJiraHttpServer registerToken(String username, String token) {
        authenticator.register(username, token);
        return this;
    }

    /** Refuses this token from now on. */
    public FakeJiraHttpServer revokeToken(String token) {
        authenticator.revoke(token);
        return this;
    }

    /** All requests received so far, faulted and refused ones included. */
    public int requestCount() {
        return counter.total();
    }

    /** Requests for one route, e.g. {@code "POST /rest/api/2/issue/bulk"} or {@code "GET /rest/api/3/issue/{key}"}. */
    public int requestCount(String route) {
        return counter.of(route);
    }

    /**
     * Requests whose route matches this regular expression as a whole, e.g. {@code "POST .+"} or
     * {@code ".+ /rest/api/2/search"}.
     */
    public int requestsMatching(String routeRegex) {
        return counter.matching(Pattern.compile(routeRegex));
    }

    /** Requests by route, sorted by route. */
    public Map<String, Integer> requestCounts() {
        return counter.snapshot();
    }

    /**
     * Every request received so far in the order it arrived, with when (on the {@linkplain Builder#arrivalClock
     * arrival clock}) and what it was answered — so that a test can show no request came before the wait a 429 asked
     * for had passed.
     */
    public List<Arrival> arrivals() {
        return List.copyOf(arrivals);
    }

    /** Forgets the requests counted and the arrivals recorded so far. */
    public void resetCounts() {
        counter.reset();
        arrivals.clear();
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
        if (ownsDelays) {
            delays.shutdownNow();
        }
    }

    /**
     * Creates the JDK server; the first time in this JVM with {@code TCP_NODELAY} on, unless the JVM's setting says
     * otherwise, and with the system properties as they were afterwards.
     *
     * <p>Why: the JDK server writes an answer's headers and its body separately; with Nagle's algorithm on, the body
     * of each answer on a kept-alive connection then waits ~40 ms for the client's delayed ACK, swamping any latency
     * a test measures. The server offers no per-server or per-socket setting: it reads only the system property
     * {@code sun.net.httpserver.nodelay}, once per JVM, when its first server is created. So the property is set for
     * that moment only and cleared again, and a later {@code System.getProperties()} never shows it. What cannot be
     * undone is the JDK's own: every JDK HTTP server in this JVM (of any code, also under {@code --demo-jira}) then
     * sends without Nagle's delay, and if another JDK server was created first, this one keeps that server's setting
     * (the fake still works, only slower).
     */
    private static HttpServer listen(InetSocketAddress address) throws IOException {
        synchronized (JDK_SERVER_SETUP) {
            if (jdkServerSetUp || System.getProperty(NO_DELAY_PROPERTY) != null) {
                jdkServerSetUp = true;
                return HttpServer.create(address, 64);
            }
            System.setProperty(NO_DELAY_PROPERTY, "true");
            try {
                return HttpServer.create(address, 64);
            } finally {
                System.clearProperty(NO_DELAY_PROPERTY);
                jdkServerSetUp = true;
            }
        }
    }

    /** Answers an exchange at once on this handler thread, and sends the answer now or after the plan's latency. */
    private void handle(HttpExchange exchange) {
        Instant at = arrivalClock.instant();
        long sequence = arrivalCount.incrementAndGet();
        HttpExchanges.Answered answered = exchanges.answer(exchange);
        Reply answer = answered.reply();
        arrivals.add(new Arrival(
                sequence,
                at,
                answered.request(),
                answer.status(),
                Optional.ofNullable(answer.headers().get("Retry-After"))
                        .map(seconds -> Duration.ofSeconds(Long.parseLong(seconds)))));
        Duration delay = faults.latency();
        if (delay.isZero()) {
            exchanges.send(exchange, answer);
        } else {
            // The exchange is completed later from the scheduler's thread; this handler thread is free at once.
            // send() answers every failure itself, so the future carries nothing worth waiting for.
            ScheduledFuture<?> unused =
                    delays.schedule(() -> exchanges.send(exchange, answer), delay.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}

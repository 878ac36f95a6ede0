package dev.agenda.jira.transport;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.sun.net.httpserver.HttpServer;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.TrackerError;
import dev.agenda.jira.JiraClientSettings;
import dev.agenda.jira.JiraRestIssueTracker;
import dev.agenda.jira.http.RetryPolicy;
import dev.agenda.jira.wire.DataCenterDialect;
import dev.agenda.testing.ManualClock;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The java.net.http transport against a loopback server: credentials on the wire, and never anywhere else. */
public class JdkHttpTransportTest {

    private static final String TOKEN = "NjQ2MTM5OTk3OTk4OkSECRETt0ken";

    private HttpServer server;
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final CountDownLatch never = new CountDownLatch(1);

    @Before
    public void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/rest/api/2/myself", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            boolean good =
                    ("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = (good
                            ? "{\"name\":\"womullane\",\"displayName\":\"Wil O'Mullane\"}"
                            : "{\"errorMessages\":[\"You are not authenticated. Authentication required to perform this"
                                    + " operation.\"],\"errors\":{}}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(good ? 200 : 401, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/rest/api/2/slow", exchange -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @After
    public void stop() {
        never.countDown();
        server.stop(0);
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Test
    public void aPersonalAccessTokenIsSentAsBearer() throws Exception {
        JiraResponse response = new JdkHttpTransport(base(), JiraCredentials.personalAccessToken(TOKEN))
                .execute(JiraRequest.get("/rest/api/2/myself"));

        assertEquals(200, response.status());
        assertEquals(List.of("Bearer " + TOKEN), authorizations);
    }

    @Test
    public void anEmailAndApiTokenAreSentAsBasic() throws Exception {
        new JdkHttpTransport(base(), JiraCredentials.emailAndApiToken("womullane@example.org", TOKEN))
                .execute(JiraRequest.get("/rest/api/2/myself"));

        String expected = "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString(("womullane@example.org:" + TOKEN).getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(expected), authorizations);
    }

    @Test
    public void aWrongTokenIsOneClearErrorThatDoesNotRepeatTheToken() {
        JiraTransport transport = new JdkHttpTransport(base(), JiraCredentials.personalAccessToken("wrong-" + TOKEN));
        JiraRestIssueTracker jira = new JiraRestIssueTracker(transport, new DataCenterDialect(), settings());

        TrackerError error = jira.myself().failure().orElseThrow();

        assertEquals(TrackerError.Kind.NOT_AUTHENTICATED, error.kind());
        assertFalse(error.message().contains(TOKEN));
        assertFalse(error.toString().contains(TOKEN));
        assertEquals("not retried: the answer will not change", 1, authorizations.size());
    }

    @Test
    public void credentialsNeverShowInTheirTextForm() {
        assertFalse(JiraCredentials.personalAccessToken(TOKEN).toString().contains(TOKEN));
        assertFalse(JiraCredentials.emailAndApiToken("a@example.org", TOKEN)
                .toString()
                .contains(TOKEN));
        assertFalse(new JdkHttpTransport(base(), JiraCredentials.personalAccessToken(TOKEN))
                .describe()
                .contains(TOKEN));
    }

    @Test
    public void aTokenHoldingAnythingButPrintableAsciiIsRefusedWithoutRepeatingAnyOfIt() {
        for (String inside : List.of("\n", "\r", "\u0000", "\u001b[2J", "\u007f", "\u0085", " ", "\u00e9")) {
            String token = "first-half" + inside + "second-half";
            for (Runnable making : List.<Runnable>of(
                    () -> JiraCredentials.personalAccessToken(token),
                    () -> JiraCredentials.emailAndApiToken("womullane@example.org", token))) {
                try {
                    making.run();
                    fail("accepted a token holding U+" + Integer.toHexString(inside.charAt(0)));
                } catch (IllegalArgumentException e) {
                    assertTrue(e.getMessage(), e.getMessage().startsWith("the token holds a character no Jira token"));
                    assertFalse(e.getMessage(), e.getMessage().contains("first-half"));
                    assertFalse(e.getMessage(), e.getMessage().contains("second-half"));
                }
            }
        }
    }

    @Test
    public void anEmailHoldingAControlCharacterIsRefused() {
        try {
            JiraCredentials.emailAndApiToken("womullane@example.org\nX-Injected: 1", TOKEN);
            fail("accepted an email holding a line break");
        } catch (IllegalArgumentException e) {
            assertFalse(e.getMessage(), e.getMessage().contains(TOKEN));
        }
    }

    @Test
    public void aBaseUrlHoldingAUserOrPasswordIsRefusedWithoutRepeatingThem() {
        for (String base : List.of("http://womullane:hunter2@127.0.0.1:1", "http://hunter2@127.0.0.1:1")) {
            try {
                new JdkHttpTransport(URI.create(base), JiraCredentials.none());
                fail("accepted " + base);
            } catch (IllegalArgumentException e) {
                assertFalse(e.getMessage(), e.getMessage().contains("hunter2"));
            }
        }
    }

    @Test
    public void aRefusedConnectionIsClassifiedAndNamesJiraButNotTheToken() throws IOException {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        JiraTransport transport = new JdkHttpTransport(
                URI.create("http://127.0.0.1:" + freePort), JiraCredentials.personalAccessToken(TOKEN));
        try {
            transport.execute(JiraRequest.get("/rest/api/2/myself"));
            fail("no server listens there");
        } catch (JiraTransportException e) {
            assertEquals(JiraTransportException.Kind.CONNECTION_REFUSED, e.kind());
            assertTrue(e.getMessage().contains("127.0.0.1:" + freePort));
            assertFalse(e.getMessage().contains(TOKEN));
        }
        Result<?> result = new JiraRestIssueTracker(transport, new DataCenterDialect(), settings()).myself();
        assertEquals(
                TrackerError.Kind.UNAVAILABLE, result.failure().orElseThrow().kind());
    }

    @Test
    public void theRequestTimeoutIsConfigurable() {
        JiraTransport transport =
                new JdkHttpTransport(base(), JiraCredentials.none(), Duration.ofSeconds(5), Duration.ofMillis(300));
        try {
            transport.execute(JiraRequest.get("/rest/api/2/slow"));
            fail("the server never answers");
        } catch (JiraTransportException e) {
            assertEquals(JiraTransportException.Kind.TIMEOUT, e.kind());
            assertTrue(e.getMessage(), e.getMessage().contains("did not answer within"));
        }
    }

    @Test
    public void defaultsAreFiveSecondsToConnectAndThirtyToAnswer() {
        assertEquals(Duration.ofSeconds(5), JdkHttpTransport.DEFAULT_CONNECT_TIMEOUT);
        assertEquals(Duration.ofSeconds(30), JdkHttpTransport.DEFAULT_REQUEST_TIMEOUT);
    }

    private static JiraClientSettings settings() {
        ManualClock clock = new ManualClock(Instant.parse("2026-11-29T10:00:00Z"));
        return new JiraClientSettings(RetryPolicy.defaults(), clock, clock, new SplittableRandom(1));
    }
}

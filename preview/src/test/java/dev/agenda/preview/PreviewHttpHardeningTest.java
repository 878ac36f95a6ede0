package dev.agenda.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TemporaryFolder;

/**
 * How the preview host answers at the HTTP level, whatever the page: its security headers on every answer, errors
 * included, in words; requests addressed to another host, oversized bodies and failures inside the host.
 */
public class PreviewHttpHardeningTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TemporaryFolder folder = new TemporaryFolder();
    private final PreviewFixture preview = new PreviewFixture(folder);

    @Rule
    public final RuleChain rules = RuleChain.outerRule(folder).around(preview);

    @Test
    public void aRequestBodyBeyondTheLimitIsRefusedWithoutBeingRead() {
        long page = preview.pageId(PreviewFixture.REFERENCE_PAGE);
        HttpResponse<String> answer = preview.send(
                HttpRequest.newBuilder(preview.host.baseUrl().resolve("rest/agenda/1.0/pages/" + page + "/sync"))
                        .header("X-Atlassian-Token", "no-check")
                        .POST(HttpRequest.BodyPublishers.ofString("x".repeat(BodyLimit.MAX_BYTES + 1)))
                        .build());

        assertEquals(413, answer.statusCode());
        assertEquals("nothing was synced", 3, preview.jira.world().issueCount());
    }

    @Test
    public void everyAnswerRunsOnlyTheHostsOwnScriptsCannotBeFramedAndIsNotCached() {
        long page = preview.pageId(PreviewFixture.REFERENCE_PAGE);
        for (String path : List.of(
                "",
                "pages/" + page,
                "pages/999",
                "static/agenda.js",
                "rest/agenda/1.0/pages/" + page + "/status",
                "rest/agenda/1.0/pages/999/status")) {
            HttpResponse<String> answer = preview.get(path);
            String where = path + " (" + answer.statusCode() + ")";

            assertEquals(
                    where,
                    SecurityHeaders.CONTENT_SECURITY_POLICY,
                    answer.headers().firstValue("Content-Security-Policy").orElse(""));
            assertEquals(
                    where,
                    "DENY",
                    answer.headers().firstValue("X-Frame-Options").orElse(""));
            assertEquals(
                    where,
                    "nosniff",
                    answer.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertEquals(
                    where,
                    "same-origin",
                    answer.headers().firstValue("Referrer-Policy").orElse(""));
            assertEquals(
                    where,
                    "no-store",
                    answer.headers().firstValue("Cache-Control").orElse(""));
        }
        String html = preview.get("pages/" + page).body();
        assertTrue(
                "the page has no inline script for the policy to block",
                html.replaceAll("<script src=\"/static/(agenda|next-meeting)\\.js\"></script>", "")
                                .indexOf("<script")
                        < 0);
    }

    @Test
    public void aRequestAddressedToAnotherHostIsRefusedBeforeAnythingRuns() {
        int port = preview.host.baseUrl().getPort();
        long page = preview.pageId(PreviewFixture.REFERENCE_PAGE);
        int issues = preview.jira.world().issueCount();
        // What a browser sends after DNS rebinding (evil.example now resolving to 127.0.0.1), and what it sends to
        // another server on this machine that passes the request on.
        for (String host :
                List.of("evil.example:" + port, "localhost:" + (port + 1), "evil.example", "127.0.0.2:" + port)) {
            for (String path :
                    List.of("/", "/pages/" + page, "/static/agenda.js", "/rest/agenda/1.0/pages/" + page + "/status")) {
                RawHttp.Answer refused = RawHttp.get(port, path, host);

                assertEquals(host + path, ThisHostOnly.MISDIRECTED, refused.status());
                assertHasTheSecurityHeaders(host + path, refused);
                assertTrue(
                        refused.body(),
                        refused.body()
                                .startsWith("This preview host answers only as localhost, 127.0.0.1 or [::1] on port "
                                        + port));
            }
        }
        RawHttp.Answer sync = RawHttp.send(
                port,
                "POST /rest/agenda/1.0/pages/" + page + "/sync HTTP/1.1\r\nHost: evil.example:" + port
                        + "\r\nX-Atlassian-Token: no-check\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        assertEquals(ThisHostOnly.MISDIRECTED, sync.status());
        assertEquals("nothing was synced", issues, preview.jira.world().issueCount());

        for (String host : List.of("localhost:" + port, "LocalHost:" + port, "127.0.0.1:" + port, "[::1]:" + port)) {
            assertEquals(host, 200, RawHttp.get(port, "/static/agenda.js", host).status());
        }
    }

    @Test
    public void errorAnswersCarryTheSecurityHeadersAndSayWhatWentWrongInWords() {
        int port = preview.host.baseUrl().getPort();
        String host = "127.0.0.1:" + port;
        Map<String, RawHttp.Answer> answers = new LinkedHashMap<>();
        answers.put("404", RawHttp.get(port, "/no/such/address", host));
        answers.put("404 REST", RawHttp.get(port, "/rest/agenda/1.0/nothing", host));
        answers.put(
                "405",
                RawHttp.send(
                        port, "DELETE /static/agenda.js HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n"));
        answers.put("an address Grizzly cannot decode (500)", RawHttp.get(port, "/pages/%zz", host));
        for (Map.Entry<String, RawHttp.Answer> each : answers.entrySet()) {
            RawHttp.Answer answer = each.getValue();
            assertHasTheSecurityHeaders(each.getKey(), answer);
            assertEquals(each.getKey(), ErrorWords.of(answer.status()) + "\n", answer.body());
            assertEquals(
                    each.getKey(),
                    "text/plain; charset=utf-8",
                    answer.header("Content-Type").orElse(""));
        }
        assertEquals(404, answers.get("404").status());
        assertEquals(405, answers.get("405").status());
        assertEquals(500, answers.get("an address Grizzly cannot decode (500)").status());

        // Requests Grizzly's HTTP codec refuses itself, before any handler: their body is the codec's, empty.
        Map<String, RawHttp.Answer> malformed = new LinkedHashMap<>();
        malformed.put("headers too large", RawHttp.get(port, "/", host, "Cookie: crumbs=" + "x".repeat(20_000)));
        malformed.put("request line too large", RawHttp.get(port, "/" + "x".repeat(20_000), host));
        malformed.put("no Host", RawHttp.send(port, "GET / HTTP/1.1\r\nConnection: close\r\n\r\n"));
        malformed.put("unknown version", RawHttp.send(port, "GET / HTTP/7.0\r\nHost: " + host + "\r\n\r\n"));
        for (Map.Entry<String, RawHttp.Answer> each : malformed.entrySet()) {
            assertHasTheSecurityHeaders(each.getKey(), each.getValue());
        }
        assertEquals(431, malformed.get("headers too large").status());
        assertEquals(414, malformed.get("request line too large").status());
        assertEquals(400, malformed.get("no Host").status());
        assertEquals(505, malformed.get("unknown version").status());
    }

    @Test
    public void aFailureInsideTheHostIsA500InWordsWithoutTraceOrServerName() throws Exception {
        long page = preview.pageId(PreviewFixture.REFERENCE_PAGE);
        try (Stream<Path> files = Files.walk(preview.pages)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        int port = preview.host.baseUrl().getPort();
        String host = "127.0.0.1:" + port;

        RawHttp.Answer html = RawHttp.get(port, "/pages/" + page, host);
        RawHttp.Answer json = RawHttp.get(port, "/rest/agenda/1.0/pages/" + page + "/status", host);

        for (RawHttp.Answer failed : List.of(html, json)) {
            assertEquals(failed.toString(), 500, failed.status());
            assertHasTheSecurityHeaders("a 500", failed);
            for (String leak : List.of("Grizzly", "Exception", "at dev.agenda", preview.pages.toString())) {
                assertFalse(leak + " in " + failed, failed.toString().contains(leak));
            }
        }
        assertEquals(ErrorWords.of(500) + "\n", html.body());
        assertEquals(
                ErrorWords.of(500), JSON.readTree(json.body()).get("message").asText());
    }

    private static void assertHasTheSecurityHeaders(String where, RawHttp.Answer answer) {
        assertEquals(
                where + ": " + answer,
                Optional.of(SecurityHeaders.CONTENT_SECURITY_POLICY),
                answer.header("Content-Security-Policy"));
        assertEquals(where, Optional.of("DENY"), answer.header("X-Frame-Options"));
        assertEquals(where, Optional.of("nosniff"), answer.header("X-Content-Type-Options"));
        assertEquals(where, Optional.of("same-origin"), answer.header("Referrer-Policy"));
        assertEquals(where, Optional.of("no-store"), answer.header("Cache-Control"));
        assertFalse(where, answer.header("Server").isPresent());
    }
}

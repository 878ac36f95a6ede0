package dev.agenda.jira.fake;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.tracker.ServerInfo;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.Test;

/**
 * {@code GET /browse/KEY}: the page a person opens from an issue key on a meeting page — readable HTML with the issue's
 * fields, its links back and its history, everything escaped, under the preview host's security headers; a page in
 * words for a key the fake does not have; refused when addressed to another host name.
 */
public class HttpIssuePageTest extends HttpFakeTest {

    private static final String HOSTILE = "<script>x</script> & \"q\"";

    @Test
    public void anIssuesPageShowsItsFieldsEscapedItsLinkBackAndItsTransitionsWithTheClocksTime() throws Exception {
        start(ServerInfo.Deployment.DATA_CENTER);
        String key = read(call(
                        "POST",
                        "/issue",
                        "{\"fields\":{\"project\":{\"key\":\"DM\"},\"issuetype\":{\"name\":\"Task\"},\"summary\":"
                                + JSON.getNodeFactory().textNode(HOSTILE)
                                + ",\"assignee\":{\"name\":\"swinbank\"},\"duedate\":\"2017-12-15\","
                                + "\"labels\":[\"meeting-action\",\"<b>bold</b>\"]}}"))
                .path("key")
                .asText();
        call(
                "POST",
                "/issue/" + key + "/remotelink",
                "{\"globalId\":\"agenda:1/7\",\"object\":{\"url\":\"http://localhost:8080/pages/1\","
                        + "\"title\":\"DMLT F2F <2017>\"}}");
        clock.advance(Duration.ofMinutes(5));
        call("POST", "/issue/" + key + "/transitions", "{\"transition\":{\"id\":\"21\"}}");

        HttpResponse<String> page = send("GET", "/browse/" + key, null, null);

        assertEquals(200, page.statusCode());
        assertEquals(
                "text/html;charset=UTF-8",
                page.headers().firstValue("Content-Type").orElseThrow());
        IssuePage.SECURITY_HEADERS.forEach((name, value) ->
                assertEquals(name, value, page.headers().firstValue(name).orElse("(missing)")));
        String html = page.body();
        assertTrue(html, html.contains("&lt;script&gt;x&lt;/script&gt; &amp; &quot;q&quot;"));
        assertFalse(
                "no markup from the summary or a label survives", html.contains("<script>") || html.contains("<b>"));
        assertTrue(html, html.contains("<span class=\"lozenge lozenge-done\">Done</span>"));
        assertTrue(html, html.contains(world.user("swinbank").orElseThrow().displayName()));
        assertTrue(html, html.contains("<time datetime=\"2017-12-15\">15 Dec 2017</time>"));
        assertTrue(html, html.contains("<li>meeting-action</li><li>&lt;b&gt;bold&lt;/b&gt;</li>"));
        assertTrue(html, html.contains("<a href=\"http://localhost:8080/pages/1\">DMLT F2F &lt;2017&gt;</a>"));
        assertTrue(
                "the transition, when the fake's clock said, and by whom: " + html,
                html.contains("<li class=\"transition\">To Do → Done, <time datetime=\"2017-11-30T17:05:00Z\">"
                        + "30 Nov 2017, 17:05 UTC</time>, by "
                        + IssuePage.text(world.user("womullane").orElseThrow().displayName()) + "</li>"));
    }

    @Test
    public void anUnknownKeyGetsAPageInWordsWithTheSameHeaders() throws Exception {
        start(ServerInfo.Deployment.DATA_CENTER);

        HttpResponse<String> page = send("GET", "/browse/DM-99999", null, null);

        assertEquals(404, page.statusCode());
        assertEquals(
                "text/html;charset=UTF-8",
                page.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(
                IssuePage.SECURITY_HEADERS.get("Content-Security-Policy"),
                page.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertTrue(page.body(), page.body().contains("Fake Jira has no issue with the key DM-99999."));
        HttpResponse<String> hostile = send("GET", "/browse/%3Cscript%3E", null, null);
        assertEquals(404, hostile.statusCode());
        assertFalse(hostile.body(), hostile.body().contains("<script>"));
    }

    @Test
    public void anIssuePageAskedForUnderAnotherHostNameIsRefused() throws Exception {
        start(ServerInfo.Deployment.DATA_CENTER);
        int port = URI.create(server.baseUrl()).getPort();

        String rebound = raw(port, "evil.example:" + port, "/browse/DM-12813");
        String own = raw(port, "localhost:" + port, "/browse/DM-12813");

        assertTrue(rebound, rebound.startsWith("HTTP/1.1 421"));
        assertFalse(rebound, rebound.contains("Define the metadata pipeline"));
        assertTrue(own, own.startsWith("HTTP/1.1 200"));
        assertTrue(own, own.contains("Define the metadata pipeline"));
    }

    @Test
    public void issuePagesUseNoneOfTheFaultsPlannedForTheApi() throws Exception {
        start(ServerInfo.Deployment.DATA_CENTER, FaultPlan.none().errorRate(1.0));

        assertEquals(200, send("GET", "/browse/RFC-188", null, null).statusCode());
        assertTrue(
                "the API still fails as planned",
                call("GET", "/issue/RFC-188", null).statusCode() >= 500);
        assertEquals(1, server.requestCount("GET /browse/{key}"));
    }

    /** A request as a browser sends it, with a Host header of our choosing (the JDK's client will not). */
    private static String raw(int port, String host, String path) throws Exception {
        try (Socket socket = new Socket(java.net.InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

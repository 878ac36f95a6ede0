package dev.agenda.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TemporaryFolder;

/**
 * A preview host two people sign in to, each reaching Jira with their own token: who may reach what before signing
 * in, how a sign-in link signs one in (and what does not), and that each person's statuses are what Jira shows them.
 */
public class PreviewSignInTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WIL = "womullane";
    private static final String JOHN = "swinbank";

    private final TemporaryFolder folder = new TemporaryFolder();
    private final PreviewFixture preview = PreviewFixture.signingIn(folder, WIL, JOHN);

    @Rule
    public final RuleChain rules = RuleChain.outerRule(folder).around(preview);

    @Test
    public void withoutSigningInOnlyTheSignInPageAndThePageScriptAnswer() {
        long page = preview.pageId(PreviewFixture.REFERENCE_PAGE);
        int issues = preview.jira.world().issueCount();

        HttpResponse<String> index = preview.get("");
        assertEquals(303, index.statusCode());
        assertEquals("/sign-in", index.headers().firstValue("Location").orElseThrow());
        assertEquals(303, preview.get("pages/" + page).statusCode());
        // REST v2's rules on a site without anonymous access: even the resources open to anonymous users refuse.
        HttpResponse<String> status = preview.get("rest/agenda/1.0/pages/" + page + "/status");
        assertEquals(401, status.statusCode());
        assertTrue(status.body(), status.body().contains("Sign in to the preview host first"));
        assertEquals(
                401, preview.get("rest/agenda/1.0/pages/" + page + "/actions").statusCode());
        HttpResponse<String> sync = send(
                post("rest/agenda/1.0/pages/" + page + "/sync").header("X-Atlassian-Token", "no-check"),
                Optional.empty());
        assertEquals(401, sync.statusCode());
        assertTrue(sync.body(), sync.body().contains("Sign in to the preview host first"));
        assertEquals(
                401,
                preview.get("rest/agenda/1.0/pages/" + page + "/sync/progress").statusCode());
        assertEquals("nothing was synced", issues, preview.jira.world().issueCount());
        assertEquals("Jira was not asked", 0, preview.jira.requestCount());

        HttpResponse<String> signIn = preview.get("sign-in");
        assertEquals(200, signIn.statusCode());
        assertEquals(200, preview.get("static/agenda.js").statusCode());
        for (HttpResponse<String> answer : List.of(index, status, signIn)) {
            assertEquals(
                    "the sign-in page and refusals cannot be framed either",
                    "DENY",
                    answer.headers().firstValue("X-Frame-Options").orElse(""));
        }
    }

    @Test
    public void aSignInLinkFillsTheFormAndPostingItOpensASessionScriptsCannotReadNorOtherSitesSend() {
        Map<String, String> links = preview.host.signInLinks();
        assertEquals(List.of(WIL, JOHN), List.copyOf(links.keySet()));

        HttpResponse<String> form = preview.get(links.get(JOHN).substring(1));
        assertEquals(200, form.statusCode());
        assertTrue(form.body(), form.body().contains("Sign in as John Swinbank"));
        assertTrue(
                "following the link alone signs nobody in",
                form.headers().firstValue("Set-Cookie").isEmpty());

        HttpResponse<String> signedIn = signIn(JOHN, codeOf(JOHN), Optional.of(origin()));
        assertEquals(303, signedIn.statusCode());
        assertEquals("/", signedIn.headers().firstValue("Location").orElseThrow());
        String setCookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie, setCookie.matches("agenda_session_[0-9a-f]{12}=[A-Za-z0-9_-]{43};.*"));
        assertTrue(setCookie, setCookie.contains("HttpOnly"));
        assertTrue(setCookie, setCookie.contains("SameSite=Strict"));

        HttpResponse<String> page =
                send(get("pages/" + preview.pageId(PreviewFixture.REFERENCE_PAGE)), Optional.of(cookie(setCookie)));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Signed in as John Swinbank"));
        assertFalse(
                "no one's code is on the page",
                page.body().contains(codeOf(JOHN)) || page.body().contains(codeOf(WIL)));
    }

    @Test
    public void aWrongCodeAnotherPersonsCodeOrAnUnknownNameSignsNobodyInAndAllGetTheSameAnswer() {
        List<HttpResponse<String>> refusals = List.of(
                signIn(JOHN, "0".repeat(32), Optional.of(origin())),
                signIn(JOHN, codeOf(WIL), Optional.of(origin())),
                signIn("mallory", codeOf(WIL), Optional.of(origin())),
                signIn(JOHN, "", Optional.of(origin())));
        for (HttpResponse<String> refused : refusals) {
            assertEquals(refused.body(), 401, refused.statusCode());
            assertTrue(refused.body().contains("do not match a sign-in link of this preview host"));
            assertTrue(refused.headers().firstValue("Set-Cookie").isEmpty());
        }
        String answer = refusals.get(0).body();
        assertEquals(
                "the same page, but for the name typed", answer, refusals.get(1).body());
        assertEquals(answer, refusals.get(2).body().replace("mallory", JOHN));
        assertFalse("nothing says whose name it is", answer.contains("John Swinbank"));
    }

    @Test
    public void aSignInLinkNamesItsPersonOnlyWhenItsCodeIsRight() {
        HttpResponse<String> othersCode = preview.get("sign-in?user=" + JOHN + "&code=" + codeOf(WIL));
        HttpResponse<String> unknownName = preview.get("sign-in?user=mallory&code=" + codeOf(WIL));
        HttpResponse<String> ownCode = preview.get("sign-in?user=" + JOHN + "&code=" + codeOf(JOHN));

        for (HttpResponse<String> form : List.of(othersCode, unknownName)) {
            assertEquals(200, form.statusCode());
            assertFalse(
                    form.body(),
                    form.body().contains("John Swinbank") || form.body().contains("Wil O"));
            assertFalse(form.body().contains("sign-in link. In this preview you see Jira as"));
        }
        assertEquals(
                "the same form, but for what was typed",
                othersCode.body(),
                unknownName.body().replace("mallory", JOHN));
        assertTrue(ownCode.body(), ownCode.body().contains("This is John Swinbank&#39;s sign-in link"));
        assertTrue(ownCode.body().contains("Sign in as John Swinbank"));
    }

    @Test
    public void afterFiveWrongCodesANameMustWaitEvenWithTheRightCodeWhileOthersSignIn() {
        for (String name : List.of(JOHN, "mallory")) {
            for (int i = 0; i < SignInThrottle.FREE_TRIES; i++) {
                assertEquals(
                        401, signIn(name, "0".repeat(32), Optional.of(origin())).statusCode());
            }
        }

        HttpResponse<String> waiting = signIn(JOHN, codeOf(JOHN), Optional.of(origin()));
        HttpResponse<String> unknownWaiting = signIn("mallory", codeOf(JOHN), Optional.of(origin()));

        assertEquals(waiting.body(), 429, waiting.statusCode());
        assertTrue(waiting.headers().firstValue("Set-Cookie").isEmpty());
        assertTrue(
                waiting.body(),
                waiting.body().contains("Too many wrong codes were tried for this user name. Try again in "));
        assertTrue(waiting.headers().firstValue("Retry-After").orElseThrow().matches("(30|29|28)"));
        assertEquals("a name nobody has waits alike", 429, unknownWaiting.statusCode());
        assertEquals(
                waiting.body().replaceAll("\\d+ seconds", "N seconds"),
                unknownWaiting.body().replace("mallory", JOHN).replaceAll("\\d+ seconds", "N seconds"));
        assertEquals(
                "Wil is not held up",
                303,
                signIn(WIL, codeOf(WIL), Optional.of(origin())).statusCode());
    }

    @Test
    public void aSessionIsRefusedAtAnyHostButTheOneItWasOpenedAt() {
        long page = preview.pageId(PreviewFixture.REFERENCE_PAGE);
        int port = preview.host.baseUrl().getPort();
        String john = sessionOf(JOHN);
        String path = "/rest/agenda/1.0/pages/" + page + "/status";

        assertEquals(
                200,
                RawHttp.get(port, path, "127.0.0.1:" + port, "Cookie: " + john).status());
        // This host by another name: the browser would never send this cookie there; whoever does is replaying it.
        RawHttp.Answer elsewhere = RawHttp.get(port, path, "localhost:" + port, "Cookie: " + john);
        assertEquals(elsewhere.toString(), 401, elsewhere.status());
        assertEquals(
                ThisHostOnly.MISDIRECTED,
                RawHttp.get(port, path, "evil.example:" + port, "Cookie: " + john)
                        .status());
        assertEquals(
                "and the session still works where it belongs",
                200,
                RawHttp.get(port, path, "127.0.0.1:" + port, "Cookie: " + john).status());
    }

    @Test
    public void whatTheSignInFormEchoesIsTextNotMarkup() {
        HttpResponse<String> form = preview.get("sign-in?user=%22%3E%3Cscript%3Ealert(1)%3C/script%3E&code=x");

        assertEquals(200, form.statusCode());
        assertFalse(form.body().contains("<script>alert(1)"));
        assertTrue(form.body(), form.body().contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""));
    }

    @Test
    public void aSignInPostedFromAnotherSiteOrWithoutSayingWhereItComesFromIsRefused() {
        for (Optional<String> origin :
                List.of(Optional.of("http://evil.example"), Optional.<String>empty(), Optional.of("null"))) {
            HttpResponse<String> refused = signIn(JOHN, codeOf(JOHN), origin);

            assertEquals(origin.toString(), 403, refused.statusCode());
            assertTrue(refused.headers().firstValue("Set-Cookie").isEmpty());
        }
    }

    @Test
    public void eachPersonSeesJiraAsThemselvesAndTheirSyncActsAsThemInJira() throws Exception {
        preview.jira.world().hideProject(JOHN, "DM");
        long page = preview.pageId(PreviewFixture.REFERENCE_PAGE);
        String wil = sessionOf(WIL);
        String john = sessionOf(JOHN);

        HttpResponse<String> synced = send(
                post("rest/agenda/1.0/pages/" + page + "/sync").header("X-Atlassian-Token", "no-check"),
                Optional.of(wil));
        assertEquals(synced.body(), 200, synced.statusCode());
        JsonNode wilSees = status(page, wil);
        JsonNode johnSees = status(page, john);

        JsonNode wilsIssue = issue(wilSees, "DM-12813");
        assertEquals("In Progress", wilsIssue.get("status").asText());
        String summary = wilsIssue.get("summary").asText();
        JsonNode johnsIssue = issue(johnSees, "DM-12813");
        assertTrue(
                "John may not see DM, so he is told so: " + johnsIssue,
                johnsIssue.get("summary").isNull()
                        && johnsIssue.get("status").isNull()
                        && !johnsIssue.get("problem").isNull());
        assertFalse(
                "never the summary Wil's look-up left in memory",
                johnSees.toString().contains(summary));
        assertEquals(
                "RFC is open to both",
                "RFC-188",
                issue(johnSees, "RFC-188").get("key").asText());
        assertFalse(issue(johnSees, "RFC-188").get("status").isNull());

        String created = wilSees.get("actions").get(0).get("jiraKey").asText();
        assertEquals(
                "the sync acted in Jira as the person who pressed it",
                WIL,
                preview.jira.world().state(created).orElseThrow().reporter().name());
    }

    @Test
    public void signingOutEndsTheSessionSoItsCookieNoLongerReachesAnything() {
        long page = preview.pageId(PreviewFixture.REFERENCE_PAGE);
        String john = sessionOf(JOHN);
        assertEquals(
                200,
                send(get("rest/agenda/1.0/pages/" + page + "/status"), Optional.of(john))
                        .statusCode());

        HttpResponse<String> out = send(
                HttpRequest.newBuilder(preview.host.baseUrl().resolve("sign-out"))
                        .header("Origin", origin())
                        .POST(HttpRequest.BodyPublishers.noBody()),
                Optional.of(john));

        assertEquals(303, out.statusCode());
        assertEquals("/sign-in", out.headers().firstValue("Location").orElseThrow());
        assertTrue(out.headers().firstValue("Set-Cookie").orElseThrow().contains("Max-Age=0"));
        assertEquals(
                401,
                send(get("rest/agenda/1.0/pages/" + page + "/status"), Optional.of(john))
                        .statusCode());
        assertEquals(
                401,
                send(
                                post("rest/agenda/1.0/pages/" + page + "/sync").header("X-Atlassian-Token", "no-check"),
                                Optional.of(john))
                        .statusCode());
    }

    @Test
    public void neitherTokensNorSignInCodesAppearInWhatThePeopleSee() throws Exception {
        long page = preview.pageId(PreviewFixture.REFERENCE_PAGE);
        String john = sessionOf(JOHN);
        StringBuilder seen = new StringBuilder();
        seen.append(send(get(""), Optional.of(john)).body());
        seen.append(send(get("pages/" + page), Optional.of(john)).body());
        seen.append(send(
                        post("rest/agenda/1.0/pages/" + page + "/sync").header("X-Atlassian-Token", "no-check"),
                        Optional.of(john))
                .body());
        seen.append(status(page, john));
        seen.append(preview.get("sign-in").body());

        assertTrue("John's sync was answered", seen.toString().contains("Jira"));
        for (String user : List.of(WIL, JOHN)) {
            assertFalse(seen.toString().contains(PreviewFixture.tokenOf(user)));
            assertFalse(seen.toString().contains(codeOf(user)));
        }
    }

    private String codeOf(String username) {
        String link = preview.host.signInLinks().get(username);
        return link.substring(link.indexOf("code=") + 5);
    }

    private String sessionOf(String username) {
        HttpResponse<String> signedIn = signIn(username, codeOf(username), Optional.of(origin()));
        assertEquals(signedIn.body(), 303, signedIn.statusCode());
        return cookie(signedIn.headers().firstValue("Set-Cookie").orElseThrow());
    }

    private HttpResponse<String> signIn(String username, String code, Optional<String> origin) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        preview.host.baseUrl().resolve("sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("user=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                        + "&code=" + URLEncoder.encode(code, StandardCharsets.UTF_8)));
        origin.ifPresent(value -> request.header("Origin", value));
        return send(request, Optional.empty());
    }

    /** What a browser on the host's page says it comes from. */
    private String origin() {
        return "http://127.0.0.1:" + preview.host.baseUrl().getPort();
    }

    private JsonNode status(long page, String session) throws Exception {
        HttpResponse<String> answer = send(get("rest/agenda/1.0/pages/" + page + "/status"), Optional.of(session));
        assertEquals(answer.body(), 200, answer.statusCode());
        return JSON.readTree(answer.body());
    }

    private static JsonNode issue(JsonNode statuses, String key) {
        for (JsonNode issue : statuses.get("issues")) {
            if (issue.get("key").asText().equals(key)) {
                return issue;
            }
        }
        throw new AssertionError(key + " is not among " + statuses);
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(preview.host.baseUrl().resolve(path)).GET();
    }

    private HttpRequest.Builder post(String path) {
        return HttpRequest.newBuilder(preview.host.baseUrl().resolve(path)).POST(HttpRequest.BodyPublishers.noBody());
    }

    private HttpResponse<String> send(HttpRequest.Builder request, Optional<String> cookie) {
        cookie.ifPresent(value -> request.header("Cookie", value));
        return preview.send(request.build());
    }

    /** The {@code name=value} a browser sends back from a {@code Set-Cookie} header. */
    private static String cookie(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        assertNotNull(pair);
        return pair;
    }
}

package dev.agenda.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TemporaryFolder;

/**
 * "New meeting page" over HTTP: the page list links to the form; posting it writes a page file from the plugin's
 * meeting template (the blueprint's), opens it, never overwrites a page, and refuses posts from elsewhere.
 */
public class NewMeetingPageTest {

    private final TemporaryFolder folder = new TemporaryFolder();
    private final PreviewFixture preview = new PreviewFixture(folder);

    @Rule
    public final RuleChain rules = RuleChain.outerRule(folder).around(preview);

    private HttpResponse<String> post(String title, String date, String origin) {
        String form = "title=" + URLEncoder.encode(title, StandardCharsets.UTF_8) + "&date="
                + URLEncoder.encode(date, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        preview.host.baseUrl().resolve("new"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return preview.send(request.build());
    }

    private String ownOrigin() {
        String base = preview.host.baseUrl().toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    @Test
    public void thePageListLinksToAFormThatMakesAPageFromTheBlueprintsTemplateAndOpensIt() throws Exception {
        assertTrue(preview.get("").body().contains("href=\"/new\""));
        assertTrue(preview.get("new").body().contains("name=\"title\""));

        HttpResponse<String> created = post("DM Weekly 2017-12-04", "2017-12-04", ownOrigin());

        assertEquals(created.body(), 303, created.statusCode());
        String location = created.headers().firstValue("Location").orElseThrow();
        long id = preview.pageId("dm-weekly-2017-12-04.xml");
        assertTrue(location, location.endsWith("/pages/" + id));
        String storage = preview.read("dm-weekly-2017-12-04.xml");
        assertTrue(storage, storage.startsWith("<h1>DM Weekly 2017-12-04</h1>"));
        assertTrue(storage.contains("<ac:parameter ac:name=\"date\">2017-12-04</ac:parameter>"));
        String template = new String(
                NewMeetingPageTest.class
                        .getResourceAsStream("/templates/meeting-agenda.xml")
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        assertTrue(
                "the blueprint's own template",
                storage.contains(template.substring(template.indexOf("<ac:rich-text-body>"))));

        HttpResponse<String> opened = preview.get("pages/" + id);
        assertEquals(200, opened.statusCode());
        assertTrue(opened.body().contains("Review outstanding actions"));
        assertTrue(opened.body().contains("href=\"/rest/agenda/1.0/pages/" + id + "/agenda.ics\""));
        assertTrue(preview.get("").body().contains("DM Weekly 2017-12-04"));
        HttpResponse<String> calendar = preview.get("rest/agenda/1.0/pages/" + id + "/agenda.ics");
        assertTrue(calendar.body(), calendar.body().contains("DTSTART;TZID="));
    }

    @Test
    public void aPageOfTheSameNameIsNeverOverwritten() throws Exception {
        assertEquals(
                303, post("DM Weekly 2017-12-04", "2017-12-04", ownOrigin()).statusCode());
        Files.writeString(preview.pages.resolve("dm-weekly-2017-12-04.xml"), "<p>Edited by hand.</p>");

        HttpResponse<String> again = post("DM weekly: 2017 12 04", "2017-12-11", ownOrigin());

        assertEquals(409, again.statusCode());
        assertTrue(again.body(), again.body().contains("dm-weekly-2017-12-04.xml exists already"));
        assertEquals("<p>Edited by hand.</p>", preview.read("dm-weekly-2017-12-04.xml"));
    }

    @Test
    public void badTitlesAndDatesSayWhatIsWrongAndMakeNothing() throws Exception {
        HttpResponse<String> noDate = post("Planning", "next week", ownOrigin());
        HttpResponse<String> noTitle = post("  ", "2017-12-04", ownOrigin());
        HttpResponse<String> noLetters = post("“…”", "2017-12-04", ownOrigin());

        assertEquals(400, noDate.statusCode());
        assertTrue(noDate.body().contains("The date ‘next week’ is not a date"));
        assertEquals(400, noTitle.statusCode());
        assertEquals(400, noLetters.statusCode());
        assertFalse(Files.exists(preview.pages.resolve("planning.xml")));
    }

    @Test
    public void aPostFromAnotherSiteMakesNothing() {
        HttpResponse<String> forged = post("Forged", "2017-12-04", "http://evil.example");
        HttpResponse<String> unsaid = post("Forged", "2017-12-04", null);

        assertEquals(403, forged.statusCode());
        assertEquals(403, unsaid.statusCode());
        assertFalse(Files.exists(preview.pages.resolve("forged.xml")));
    }
}

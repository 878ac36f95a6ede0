package dev.agenda.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TemporaryFolder;

/**
 * The register in the preview host, over HTTP: the REST list over the pages directory (the reference page and the DM
 * Weekly series), its 400 for a bad filter, and the Actions page rendered by the plugin's macro class.
 */
public class PreviewRegisterTest {

    private final TemporaryFolder folder = new TemporaryFolder();
    private final PreviewFixture preview = new PreviewFixture(folder);

    @Rule
    public final RuleChain rules = RuleChain.outerRule(folder).around(preview);

    @Before
    public void addTheSeries() throws IOException {
        Path series = Path.of(System.getProperty("agenda.examples", "../examples"), "series");
        for (String date : List.of("2017-11-13", "2017-11-20", "2017-11-27")) {
            String file = "dm-weekly-" + date + ".xml";
            preview.addPage(file, Files.readString(series.resolve(file)));
        }
    }

    @Test
    public void theRestListCoversEveryPageOfTheDirectoryFilteredAndByDueDate() throws Exception {
        HttpResponse<String> response = preview.get("rest/agenda/1.0/actions?assignee=gpdf&state=open");

        assertEquals(response.body(), 200, response.statusCode());
        JsonNode body = new ObjectMapper().readTree(response.body());
        List<String> texts = new ArrayList<>();
        List<String> dues = new ArrayList<>();
        body.get("actions").forEach(action -> {
            texts.add(action.get("text").asText());
            dues.add(action.get("due").asText("9999"));
            assertEquals("gpdf", action.get("assignees").get(0).asText());
            assertEquals(false, action.get("done").asBoolean());
        });
        int suit = texts.indexOf("Draft the SUIT metadata list");
        int notebook = texts.indexOf("Write up the notebook aspect user feedback");
        assertTrue(texts.toString(), suit >= 0 && notebook > suit);
        assertEquals("by due date", dues.stream().sorted().toList(), dues);
        assertEquals("[\"assigned to gpdf\",\"open\"]", body.get("filters").toString());
    }

    @Test
    public void aBadFilterIs400NamingIt() {
        HttpResponse<String> response = preview.get("rest/agenda/1.0/actions?state=closed");

        assertEquals(400, response.statusCode());
        assertTrue(response.body(), response.body().contains("state ‘closed’ is not a state; allowed: open or done."));
    }

    @Test
    public void theActionsPageIsLinkedFromThePageListAndRendersTheMacro() {
        assertTrue(preview.get("").body().contains("href=\"/actions\""));

        HttpResponse<String> page = preview.get("actions?assignee=ebellm&state=open");

        assertEquals(200, page.statusCode());
        assertTrue(page.body(), page.body().contains("Circulate the LDM-503-3 test specification for review"));
        assertTrue(page.body().contains("data-register-query=\"assignee=ebellm&amp;state=open\""));
        assertTrue(page.body().contains("<script src=\"/static/agenda.js\">"));
    }
}

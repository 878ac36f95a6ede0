package dev.agenda.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TemporaryFolder;

/**
 * Every REST resource of the plugin answers in the preview, built by HK2 from the descriptor's package as Confluence
 * builds them: a resource that HK2 could not build (no {@code @Inject} constructor, or a component nobody supplies)
 * answers 500 here, as it would fail in Confluence.
 */
public class PreviewRestResourcesTest {

    private final TemporaryFolder folder = new TemporaryFolder();
    private final PreviewFixture preview = new PreviewFixture(folder);

    @Rule
    public final RuleChain rules = RuleChain.outerRule(folder).around(preview);

    @Test
    public void eachResourceOfTheDescriptorsPackageIsBuiltAndAnswers() throws Exception {
        String pages = "rest/agenda/1.0/pages/" + preview.pageId(PreviewFixture.REFERENCE_PAGE);

        HttpResponse<String> actions = preview.get(pages + "/actions");
        assertEquals(actions.body(), 200, actions.statusCode());
        assertEquals(
                "the reference page's action items",
                11,
                new ObjectMapper().readTree(actions.body()).size());

        HttpResponse<String> status = preview.get(pages + "/status");
        assertEquals(status.body(), 200, status.statusCode());
        JsonNode statuses = new ObjectMapper().readTree(status.body());
        assertEquals(11, statuses.get("actions").size());

        HttpResponse<String> progress = preview.get(pages + "/sync/progress");
        assertEquals(progress.body(), 200, progress.statusCode());
        assertEquals("{\"running\":false}", progress.body());

        HttpResponse<String> tick =
                preview.send(HttpRequest.newBuilder(preview.host.baseUrl().resolve(pages + "/tasks/9/tick?done=false"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build());
        assertEquals("built, and refusing a tick without the XSRF header", 403, tick.statusCode());
        assertTrue(tick.body(), tick.body().contains("X-Atlassian-Token"));
    }
}

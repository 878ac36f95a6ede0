package dev.agenda.core.render;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.Fixtures;
import dev.agenda.core.page.MeetingPage;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/** How the reference page renders for a host that serves live statuses, and that a static render is unchanged. */
public class LiveStatusRenderTest {

    private final MeetingPage page = Fixtures.referencePage();
    private final String firstAction = page.actions().get(0).id();

    @Test
    public void aStaticRenderHasNoLiveControlsAndNoPlaceholders() {
        String html = render(LiveStatus.off());

        assertFalse(html.contains("data-agenda-live"));
        assertFalse(html.contains("agenda-sync-button"));
        assertFalse(html.contains("data-status-for"));
        assertFalse(html.contains("Not in Jira yet"));
        assertEquals("task boxes are read-only", 0, RenderTestSupport.count(html, "<input[^>]*agenda-tick"));
    }

    @Test
    public void withoutJiraThePageSaysSoAndEveryActionIsNotInJiraYet() {
        String html = render(LiveStatus.on("/rest/agenda/1.0", false, "", true, Map.of()));

        assertTrue(html.contains("Jira is not connected: actions are not in Jira yet, and no statuses are shown."));
        assertEquals(11, RenderTestSupport.count(html, "data-not-in-jira-for="));
        assertFalse("nothing to sync with", html.contains("agenda-sync-button"));
        assertTrue(html.contains("data-rest-base=\"/rest/agenda/1.0\""));
    }

    @Test
    public void aTrackedActionShowsItsKeyLinkedWithAStatusPlaceholderAndTheDemoLabel() {
        String html = render(LiveStatus.on("/rest/agenda/1.0", true, "demo Jira", true,
                Map.of(firstAction, "DM-20001")));

        assertTrue(html.contains("<span class=\"agenda-issue agenda-issue--tracking\" data-issue-key=\"DM-20001\" "
                + "data-tracks-action=\"" + firstAction + "\"><a class=\"agenda-issue-key\" "
                + "href=\"https://jira.example.org/browse/DM-20001\">DM-20001</a>"));
        assertTrue(html.contains("data-status-for=\"DM-20001\">Checking Jira…</span>"));
        assertEquals(10, RenderTestSupport.count(html, "data-not-in-jira-for="));
        assertEquals("the label on each agenda's bar", 2, RenderTestSupport.count(html, "agenda-jira-label\"[^>]*>demo Jira<"));
        assertEquals("an announced region per agenda", 2, RenderTestSupport.count(html, "role=\"status\" aria-live=\"polite\""));
        assertTrue("the tick's accessible name says what ticking means",
                html.contains("aria-label=\"Done: Propose LDM-230 (Concept of Operations for the LDF Services) for "
                        + "RFC by mid-December\""));
    }

    @Test
    public void anActionLinkedToTheIssueItNamesIsNotListedTwice() {
        String tenth = page.actions().get(9).id();
        String html = render(LiveStatus.on("", true, "", false, Map.of(tenth, "DM-12813")));

        Matcher row = Pattern.compile("<tr data-action-id=\"" + Pattern.quote(tenth) + "\">.*?</tr>", Pattern.DOTALL)
                .matcher(html);
        assertTrue(row.find());
        assertEquals(1, RenderTestSupport.count(row.group(), "data-issue-key=\"DM-12813\""));
        assertEquals("a viewer who may not edit gets no checkboxes", 0, RenderTestSupport.count(html, "<input[^>]*agenda-tick"));
    }

    private String render(LiveStatus live) {
        RenderContext context = RenderTestSupport.context(Fixtures.referenceUsers(),
                Instant.parse("2017-11-02T17:00:00Z"));
        RenderContext withLive = new RenderContext(context.users(), context.issueLinks(), context.host(),
                context.now(), context.serverZone(), live);
        return new PageRenderer(RenderTestSupport.TEMPLATES).renderDocument(page, withLive, "test.xml");
    }
}

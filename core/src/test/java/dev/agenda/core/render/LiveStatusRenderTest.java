package dev.agenda.core.render;

import static dev.agenda.core.render.RenderTestSupport.assertNone;
import static dev.agenda.core.render.RenderTestSupport.count;
import static dev.agenda.core.render.RenderTestSupport.only;
import static dev.agenda.core.render.RenderTestSupport.onlyWith;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.Fixtures;
import dev.agenda.core.page.MeetingPage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.Test;

/** How the reference page renders for a host that serves live statuses, and that a static render is unchanged. */
public class LiveStatusRenderTest {

    private static final String NOT_CONNECTED =
            "Jira is not connected: actions are not in Jira yet, and no statuses are shown.";

    private final MeetingPage page = Fixtures.referencePage();
    private final String firstAction = page.actions().get(0).id();

    @Test
    public void aStaticRenderHasNoLiveControlsAndNoPlaceholders() {
        Document document = render(LiveStatus.off());

        assertNone(document, "[data-agenda-live], .agenda-jira-bar, .agenda-sync-button, [data-status-for]");
        assertNone(document, "[data-not-in-jira-for], :containsOwn(Not in Jira yet)");
        assertNone(document, "input.agenda-tick");
        Elements boxes = document.select("input[type=checkbox]");
        assertEquals(11, boxes.size());
        assertEquals(
                "task boxes are read-only",
                boxes.size(),
                boxes.select("[disabled]").size());
    }

    @Test
    public void withoutJiraThePageSaysSoAndEveryActionIsNotInJiraYet() {
        Document document = render(LiveStatus.on("/rest/agenda/1.0", false, "", true, Map.of()));

        assertEquals(
                "one notice per agenda",
                List.of(NOT_CONNECTED, NOT_CONNECTED),
                document.select(".agenda-jira-bar > .agenda-jira-off").eachText());
        assertEquals(11, count(document, "[data-not-in-jira-for]"));
        assertNone(document, ".agenda-sync-button"); // nothing to sync with
        assertEquals(
                List.of("/rest/agenda/1.0", "/rest/agenda/1.0"),
                document.select("section.agenda[data-agenda-live=true]").eachAttr("data-rest-base"));
    }

    @Test
    public void aTrackedActionShowsItsKeyLinkedWithAStatusPlaceholderAndTheDemoLabel() {
        Document document =
                render(LiveStatus.on("/rest/agenda/1.0", true, "demo Jira", true, Map.of(firstAction, "DM-20001")));

        Element tracking = onlyWith(document, "data-tracks-action", firstAction);
        assertEquals("span", tracking.tagName());
        assertTrue(tracking.hasClass("agenda-issue"));
        assertTrue(tracking.hasClass("agenda-issue--tracking"));
        assertEquals("DM-20001", tracking.attr("data-issue-key"));
        Element key = only(tracking, "a.agenda-issue-key");
        assertEquals("https://jira.example.org/browse/DM-20001", key.attr("href"));
        assertEquals("DM-20001", key.text());
        Element status = only(tracking, "[data-status-for]");
        assertEquals("DM-20001", status.attr("data-status-for"));
        assertEquals("Checking Jira…", status.text());
        assertEquals(tracking, only(document, ".agenda-issue--tracking"));

        assertEquals(10, count(document, "[data-not-in-jira-for]"));
        assertTrue(
                "the tracked action is in Jira",
                document.getElementsByAttributeValue("data-not-in-jira-for", firstAction)
                        .isEmpty());
        assertEquals(
                "the label on each agenda's bar",
                List.of("demo Jira", "demo Jira"),
                document.select(".agenda-jira-bar > .agenda-jira-label").eachText());
        for (Element agenda : document.select("section.agenda")) {
            assertEquals("an announced region per agenda", 1, count(agenda, "[role=status][aria-live=polite]"));
        }
        Elements ticks = document.select("input.agenda-tick[data-action-id=\"" + firstAction + "\"]");
        assertEquals("the task's box and its row in the actions table", 2, ticks.size());
        for (String label : ticks.eachAttr("aria-label")) {
            assertEquals(
                    "the tick's accessible name says what ticking means",
                    "Done: Propose LDM-230 (Concept of " + "Operations for the LDF Services) for RFC by mid-December",
                    label);
        }
    }

    @Test
    public void anActionLinkedToTheIssueItNamesIsNotListedTwice() {
        String tenth = page.actions().get(9).id();
        Document document = render(LiveStatus.on("", true, "", false, Map.of(tenth, "DM-12813")));

        Element row = only(document, "tr[data-action-id=\"" + tenth + "\"]");
        Element reference = only(row, "[data-issue-key=DM-12813]");
        assertEquals("the reference is the tracking one", tenth, reference.attr("data-tracks-action"));
        assertNone(document, "input.agenda-tick"); // a viewer who may not edit gets no checkboxes
    }

    private Document render(LiveStatus live) {
        RenderContext context =
                RenderTestSupport.context(Fixtures.referenceUsers(), Instant.parse("2017-11-02T17:00:00Z"));
        RenderContext withLive = new RenderContext(
                context.users(), context.issueLinks(), context.host(), context.now(), context.serverZone(), live);
        return RenderTestSupport.parse(
                new PageRenderer(RenderTestSupport.TEMPLATES).renderDocument(page, withLive, "test.xml"));
    }
}

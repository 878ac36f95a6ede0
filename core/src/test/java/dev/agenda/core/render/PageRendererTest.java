package dev.agenda.core.render;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.Fixtures;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

public class PageRendererTest {

    private static final Instant DURING_MILESTONES = Instant.parse("2017-11-02T17:00:00Z"); // 10:00 in Phoenix

    private final String html = RenderTestSupport.document(Fixtures.referencePage(), Fixtures.referenceUsers(),
            DURING_MILESTONES);

    @Test
    public void aCompleteDocumentWithStylesAndThePagesTitle() {
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<title>DM Leadership Team Face-to-Face Meeting, 2017-11-01 to 03</title>"));
        assertTrue(html.contains(".agenda-item--now td"));
        assertTrue(html.contains("<h2>Logistics</h2>"));
    }

    @Test
    public void twentySixAgendaRowsAndElevenActions() {
        assertEquals(26, RenderTestSupport.count(html, "<tr class=\"agenda-item"));
        assertEquals(11, RenderTestSupport.count(html, "<li class=\"agenda-task"));
        assertEquals(11, RenderTestSupport.count(html, "<tr data-action-id="));
    }

    @Test
    public void theItemRunningNowIsHighlightedAndMarkedForScreenReaders() {
        assertEquals(1, RenderTestSupport.count(html, "aria-current=\"time\""));
        Matcher now = Pattern.compile("<tr class=\"agenda-item agenda-item--now\"[^>]*>\\s*<td[^>]*>09:30–10:30")
                .matcher(html);
        assertTrue(now.find());
    }

    @Test
    public void timesDurationsAndDaySpans() {
        assertTrue(html.contains(">09:00–09:30"));
        assertTrue(html.contains("<td class=\"confluenceTd agenda-duration\">45 min</td>"));
        assertTrue(html.contains("<span>09:00–17:30</span>"));
        assertTrue(html.contains("<span>8 h 30 min in all</span>"));
        assertTrue(html.contains("<tr class=\"agenda-item agenda-item--marker\""));
    }

    @Test
    public void chairsArePeopleAndUnknownUsersLookAsInConfluence() {
        assertTrue(html.contains("<span class=\"agenda-person-name\">Wil O&#39;Mullane</span>"));
        assertTrue(html.contains("<span class=\"agenda-person-name\">Unknown User (cmontgomery)</span>"));
        assertTrue(html.contains("<span class=\"agenda-person-name\">Unknown User (xiuqin)</span>"));
    }

    @Test
    public void jiraMacrosAreIssueReferencesAndDocumentHandlesStayPlainText() {
        assertTrue(html.contains("<span class=\"agenda-issue\" data-issue-key=\"RFC-188\"><a class=\"agenda-issue-key\" "
                + "href=\"https://jira.example.org/browse/RFC-188\">RFC-188</a></span>"));
        assertTrue(html.contains("data-issue-key=\"DM-12813\""));
        assertTrue(html.contains("<li>LDM-230 — Data Facility ConOps: copy-editing, then RFC.</li>"));
        assertFalse(html.contains("data-issue-key=\"LDM-230\""));
        assertFalse(html.contains("data-issue-key=\"LSE-61\""));
    }

    @Test
    public void notesKeepTheirFormatting() {
        assertTrue(html.contains("<p><strong>ADASS</strong></p>"));
        assertTrue(html.contains("<ul><li>Review outstanding actions</li><li>Review &amp; adjust agenda</li></ul>"));
    }

    @Test
    public void tasksShowTheirStateAndDueDates() {
        assertTrue(html.contains("<li class=\"agenda-task agenda-task--complete\" data-action-id=\"dmlt/1\">"));
        assertTrue(html.contains("<time datetime=\"2018-03-19\" class=\"agenda-date\">19 Mar 2018</time>"));
    }
}

package dev.agenda.core.render;

import static dev.agenda.core.render.RenderTestSupport.assertNone;
import static dev.agenda.core.render.RenderTestSupport.count;
import static dev.agenda.core.render.RenderTestSupport.only;
import static dev.agenda.core.render.RenderTestSupport.onlyWith;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.Fixtures;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.Test;

public class PageRendererTest {

    private static final Instant DURING_MILESTONES = Instant.parse("2017-11-02T17:00:00Z"); // 10:00 in Phoenix

    private final String html =
            RenderTestSupport.document(Fixtures.referencePage(), Fixtures.referenceUsers(), DURING_MILESTONES);
    private final Document document = RenderTestSupport.parse(html);
    private final Element content = RenderTestSupport.main(document);

    /** The agenda row whose topic cell reads exactly {@code topic}. */
    private Element row(String topic) {
        List<Element> rows = content.select("tr.agenda-item").stream()
                .filter(row -> row.select("> td.agenda-topic").text().equals(topic))
                .toList();
        assertEquals("rows about " + topic, 1, rows.size());
        return rows.get(0);
    }

    /** The name shown for {@code username} wherever the page shows that person. */
    private List<String> namesShownFor(String username) {
        return content
                .getElementsByAttributeValue("data-username", username)
                .select("> .agenda-person-name")
                .eachText()
                .stream()
                .distinct()
                .toList();
    }

    @Test
    public void aCompleteDocumentWithStylesAndThePagesTitle() {
        // Raw on purpose: the doctype must be the very first thing in the file, which a parser does not report.
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertEquals("browsers render it in standards mode", Document.QuirksMode.noQuirks, document.quirksMode());
        assertEquals("DM Leadership Team Face-to-Face Meeting, 2017-11-01 to 03", document.title());
        // A stylesheet is text to an HTML parser, so a rule in it can only be looked for as text.
        assertTrue(only(document.head(), "style").data().contains(".agenda-item--now td"));
        assertEquals(
                List.of("Logistics", "Agenda", "Regrets"), content.select("h2").eachText());
    }

    @Test
    public void twentySixAgendaRowsAndElevenActions() {
        assertEquals(26, count(content, "tr.agenda-item"));
        assertEquals(11, count(content, "li.agenda-task"));
        assertEquals(11, count(content, "tr[data-action-id]"));
    }

    @Test
    public void theItemRunningNowIsHighlightedAndMarkedForScreenReaders() {
        Element now = only(document, "[aria-current]");

        assertEquals("time", now.attr("aria-current"));
        assertEquals(Set.of("agenda-item", "agenda-item--now"), now.classNames());
        assertEquals("09:30–10:30", only(now, "td.agenda-time").ownText());
        assertEquals("F17 Milestones", only(now, "td.agenda-topic").text());
        assertEquals("2017-11-02T16:30:00Z", now.attr("data-start"));
        assertEquals("2017-11-02T17:30:00Z", now.attr("data-end"));
        assertEquals(now, only(document, ".agenda-item--now"));
    }

    @Test
    public void timesDurationsAndDaySpans() {
        Element welcome = row("Welcome");
        assertEquals("09:00–09:30", only(welcome, "td.agenda-time").ownText());
        assertEquals("45 min", only(row("Documentation"), "td.agenda-duration").text());
        Element firstDay = content.select("section.agenda").first();
        assertEquals(
                List.of(
                        "Thursday 2 November 2017",
                        "09:00–17:30",
                        "8 h 30 min in all",
                        "America/Phoenix",
                        "Actions go to Jira project DM"),
                firstDay.select(".agenda-meta > span").eachText());
        assertEquals(
                "Finish and what follows it mark a time but take none",
                List.of("17:30", "18:30"),
                firstDay.select("tr.agenda-item--marker > td.agenda-time").eachText());
    }

    @Test
    public void chairsArePeopleAndUnknownUsersLookAsInConfluence() {
        assertEquals(List.of("Wil O'Mullane"), namesShownFor("womullane"));
        // Raw on purpose: "'" is escaped so a name stays inert even in a single-quoted attribute; a parser reads
        // "'" and "&#39;" alike, so only the source shows it.
        assertTrue(html.contains("<span class=\"agenda-person-name\">Wil O&#39;Mullane</span>"));
        assertEquals(List.of("Unknown User (cmontgomery)"), namesShownFor("cmontgomery"));
        assertEquals(List.of("Unknown User (xiuqin)"), namesShownFor("xiuqin"));
        assertEquals(
                "Wil O'Mullane",
                only(row("Welcome"), "td.agenda-chair .agenda-person-name").text());
        assertTrue(
                only(row("LSST Training"), "td.agenda-chair > .agenda-person").hasClass("agenda-person--unknown"));
    }

    @Test
    public void jiraMacrosAreIssueReferencesAndDocumentHandlesStayPlainText() {
        Element reference = onlyWith(content, "data-issue-key", "RFC-188");
        assertEquals("span", reference.tagName());
        assertEquals(Set.of("agenda-issue"), reference.classNames());
        Element link = only(reference, "a");
        assertEquals(Set.of("agenda-issue-key"), link.classNames());
        assertEquals("https://jira.example.org/browse/RFC-188", link.attr("href"));
        assertEquals("RFC-188", link.text());
        assertFalse(content.getElementsByAttributeValue("data-issue-key", "DM-12813")
                .isEmpty());

        Element handle = only(content, "li:matchesOwn(^LDM-230 — Data Facility ConOps)");
        assertEquals("LDM-230 — Data Facility ConOps: copy-editing, then RFC.", handle.text());
        assertEquals("a document handle is not linked", 0, handle.childrenSize());
        assertNone(content, "[data-issue-key=LDM-230], [data-issue-key=LSE-61]");
    }

    @Test
    public void notesKeepTheirFormatting() {
        Element adass = only(content, "p:has(> strong:matchesOwn(^ADASS$))");
        assertEquals("ADASS", adass.text());
        assertEquals(1, adass.childrenSize());
        Elements welcomeList = only(row("Welcome"), "td.agenda-notes > ul").children();
        assertEquals(
                List.of("li", "li"), welcomeList.stream().map(Element::tagName).toList());
        assertEquals(List.of("Review outstanding actions", "Review & adjust agenda"), welcomeList.eachText());
    }

    @Test
    public void tasksShowTheirStateAndDueDates() {
        Element done = only(content, "li.agenda-task[data-action-id=dmlt/1]");
        assertEquals(Set.of("agenda-task", "agenda-task--complete"), done.classNames());
        Element open = only(content, "li.agenda-task[data-action-id=dmlt/3]");
        assertEquals(Set.of("agenda-task"), open.classNames());
        Element due = only(open, "time");
        assertEquals("2018-03-19", due.attr("datetime"));
        assertEquals(Set.of("agenda-date"), due.classNames());
        assertEquals("19 Mar 2018", due.text());
    }
}

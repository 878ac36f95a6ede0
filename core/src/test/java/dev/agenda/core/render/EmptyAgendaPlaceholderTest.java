package dev.agenda.core.render;

import static dev.agenda.core.render.RenderTestSupport.assertNone;
import static dev.agenda.core.render.RenderTestSupport.only;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.Fixtures;
import dev.agenda.core.issues.JiraProjects;
import dev.agenda.core.storage.StorageFormatParser;
import dev.agenda.core.users.UserDirectory;
import java.time.Instant;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.Test;

/**
 * An agenda macro with nothing in it yet (as the editor inserts it) shows a short placeholder saying what to put in
 * it, in the macro and on the whole page; one with words but no table keeps them and its warning.
 */
public class EmptyAgendaPlaceholderTest {

    private static final Instant NOW = Instant.parse("2017-11-02T19:00:00Z");

    private static Element macro(Map<String, String> parameters, String body) {
        AgendaMacroView view = new AgendaMacroView(
                new StorageFormatParser(), new AgendaRenderer(RenderTestSupport.TEMPLATES), JiraProjects.none());
        String html = view.render("1", parameters, body, RenderTestSupport.context(UserDirectory.empty(), NOW))
                .toString();
        return RenderTestSupport.parse(html).body();
    }

    @Test
    public void anEmptyBodyShowsWhatToPutInTheMacroAndNoWarning() {
        for (String body : new String[] {
            "",
            "<p></p>",
            "<p><br/></p>",
            "<p>&nbsp;</p>",
            "<p><ac:placeholder>Insert the agenda table here</ac:placeholder></p>"
        }) {
            Element html = macro(Map.of("title", "Day 1"), body);

            Element placeholder = only(html, "section.agenda--empty .agenda-placeholder");
            assertTrue(body, placeholder.text().contains("Time | Topic | Chair | Notes"));
            assertEquals("Day 1", only(html, "h3.agenda-title").text());
            assertNone(html, ".agenda-warnings");
            assertNone(html, "table");
        }
    }

    @Test
    public void problemsWithTheParametersAreStillShown() {
        Element html = macro(Map.of("date", "next Tuesday"), "");

        only(html, ".agenda-placeholder");
        assertTrue(only(html, ".agenda-warnings").text().contains("‘next Tuesday’ is not a date"));
    }

    @Test
    public void wordsWithoutATableAreKeptWithTheirWarning() {
        Element html = macro(Map.of(), "<p>We will decide the items on Monday.</p>");

        assertNone(html, ".agenda-placeholder");
        assertTrue(html.text().contains("We will decide the items on Monday."));
        assertTrue(only(html, ".agenda-warnings").text().contains("no table yet"));
    }

    @Test
    public void anEmptyAgendaOnAWholePageIsThePlaceholderToo() {
        String page = "<h1>Next meeting</h1><ac:structured-macro ac:name=\"agenda\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"date\">2017-11-13</ac:parameter><ac:rich-text-body><p></p>"
                + "</ac:rich-text-body></ac:structured-macro>";
        Element html = RenderTestSupport.parse(RenderTestSupport.document(page, Fixtures.referenceUsers()))
                .body();

        assertTrue(only(html, ".agenda-placeholder").text().startsWith("This agenda is empty."));
    }
}

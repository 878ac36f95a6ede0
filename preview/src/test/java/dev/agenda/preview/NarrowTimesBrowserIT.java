package dev.agenda.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TemporaryFolder;
import org.openqa.selenium.By;

/**
 * An agenda whose rows carry time warnings ("Runs until…", "Starts before…") and a TBD row, in headless Chromium at a
 * desktop width and at 320 px: no warning covers another cell, nothing is cut off, the page never scrolls sideways,
 * and the TBD row reads "time to be decided" without a warning.
 */
public class NarrowTimesBrowserIT {

    private static final String PAGE = "<ac:structured-macro ac:name=\"agenda\"><ac:parameter ac:name=\"date\">"
            + "2017-11-02</ac:parameter><ac:rich-text-body><table><tbody>"
            + "<tr><th>Time</th><th>Duration</th><th>Topic</th><th>Chair</th><th>Notes</th></tr>"
            + "<tr><td>09:00</td><td>45 min</td><td>Welcome and a long introduction to the meeting</td><td></td>"
            + "<td>Notes that are long enough to need wrapping on a narrow screen, and then some more words</td></tr>"
            + "<tr><td>09:30</td><td></td><td>Overrun by the item before</td><td></td><td></td></tr>"
            + "<tr><td>09:10</td><td>10 min</td><td>Goes backwards</td><td></td><td></td></tr>"
            + "<tr><td>TBD</td><td>20 min</td><td>Guest speaker</td><td></td><td></td></tr>"
            + "<tr><td>11:00</td><td></td><td>Close</td><td></td><td></td></tr>"
            + "</tbody></table></ac:rich-text-body></ac:structured-macro>";

    /** Every pair of boxes in one row that overlap, as "a / b" descriptions; empty when none do. */
    private static final String OVERLAPS = "const found = [];"
            + "const boxes = el => { const r = el.getBoundingClientRect(); return r; };"
            + "const hits = (a, b) => a.width > 0 && a.height > 0 && b.width > 0 && b.height > 0"
            + "  && a.left < b.right - 0.5 && b.left < a.right - 0.5"
            + "  && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;"
            + "for (const row of document.querySelectorAll('table.agenda-table tr.agenda-item')) {"
            + "  const cells = [...row.children];"
            + "  const warnings = [...row.querySelectorAll('.agenda-inline-warning')];"
            + "  for (const w of warnings) {"
            + "    for (const c of cells) { if (!c.contains(w) && hits(boxes(w), boxes(c))) {"
            + "      found.push(w.textContent + ' / ' + c.className); } }"
            + "    const cell = w.closest('td'); const wb = boxes(w), cb = boxes(cell);"
            + "    if (wb.right > cb.right + 0.5 || wb.left < cb.left - 0.5) {"
            + "      found.push(w.textContent + ' / sticks out of its cell'); }"
            + "    if (wb.right > window.innerWidth + 0.5) { found.push(w.textContent + ' / cut off'); }"
            + "  }"
            + "  for (let i = 0; i < cells.length; i++) { for (let j = i + 1; j < cells.length; j++) {"
            + "    if (hits(boxes(cells[i]), boxes(cells[j]))) {"
            + "      found.push(cells[i].className + ' / ' + cells[j].className); } } }"
            + "}"
            + "return found;";

    private final TemporaryFolder folder = new TemporaryFolder();
    private final PreviewFixture preview = new PreviewFixture(folder);
    private final Browser narrow = new Browser(320, 900);
    private final Browser wide = new Browser(1024, 900);

    @Rule
    public final RuleChain rules =
            RuleChain.outerRule(folder).around(preview).around(narrow).around(wide);

    @Test
    public void atThreeHundredTwentyPixelsNothingIsCoveredCutOffOrScrolledSideways() {
        String url = preview.addPage("67000.xml", PAGE);
        // Chromium keeps a window at least 500 px wide; the viewport itself is made 320 px, as a phone's is.
        narrow.driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        narrow.open(url);
        narrow.until(
                driver -> !driver.findElements(By.cssSelector("section.agenda")).isEmpty());

        assertEquals(List.of(), narrow.driver.executeScript(OVERLAPS));
        @SuppressWarnings("unchecked")
        Map<String, Object> widths = (Map<String, Object>) narrow.driver.executeScript(
                "return {scroll: document.documentElement.scrollWidth, inner: window.innerWidth};");
        assertEquals("the viewport is 320 px wide", 320, ((Number) widths.get("inner")).intValue());
        assertTrue(
                "the page scrolls sideways: " + widths,
                ((Number) widths.get("scroll")).intValue() <= ((Number) widths.get("inner")).intValue());
        assertTimeToBeDecided(narrow);
        narrow.screenshot("NarrowTimesBrowserIT-320");
    }

    @Test
    public void atADesktopWidthNoWarningCoversTheDuration() {
        String url = preview.addPage("67001.xml", PAGE);
        wide.open(url);
        wide.until(
                driver -> !driver.findElements(By.cssSelector("section.agenda")).isEmpty());

        assertEquals(List.of(), wide.driver.executeScript(OVERLAPS));
        assertTrue(
                "a Runs until warning is shown",
                wide.find("table.agenda-table").getText().contains("Runs until 09:45"));
        assertTimeToBeDecided(wide);
        wide.fitPage();
        wide.screenshot("NarrowTimesBrowserIT-1024");
    }

    private static void assertTimeToBeDecided(Browser browser) {
        var row = browser.find("tr.agenda-item--tbd");
        assertEquals(
                "time to be decided",
                row.findElement(By.cssSelector("td.agenda-time")).getText());
        assertTrue(row.findElements(By.cssSelector(".agenda-inline-warning")).isEmpty());
    }
}

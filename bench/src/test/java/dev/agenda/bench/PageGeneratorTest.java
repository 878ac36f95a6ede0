package dev.agenda.bench;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.actions.ActionItem;
import dev.agenda.core.page.MeetingPage;
import dev.agenda.core.storage.StorageFormatParser;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.Test;

public class PageGeneratorTest {

    private final PageGenerator generator = new PageGenerator();

    @Test
    public void scaleOneIsTheReferencePage() {
        assertEquals(Examples.referencePage(), generator.generate(1));
    }

    @Test
    public void sizesGrowLinearlyWithTheScale() {
        int one = generator.generate(1).length();
        int run = generator.agendaRun().length();
        for (int scale : PageGenerator.SCALES) {
            int size = generator.generate(scale).length();
            double expected = one + (double) (scale - 1) * run;
            assertTrue(
                    scale + "x is " + size + " characters, expected about " + expected,
                    Math.abs(size - expected) / expected < 0.05);
        }
        assertTrue(
                "the largest page stays within the parser's limit",
                generator.generate(1000).length() < StorageFormatParser.DEFAULT_MAX_CHARS);
    }

    @Test
    public void theSameScaleGivesTheSamePage() {
        assertEquals(generator.generate(10), generator.generate(10));
    }

    @Test
    public void eachCopyHasItsOwnAgendasAndActions() throws Exception {
        for (int scale : List.of(1, 10, 100)) {
            MeetingPage page =
                    Examples.reader().readPage("bench", new StorageFormatParser().parse(generator.generate(scale)));

            assertEquals(11 * scale, page.actions().size());
            assertEquals(2 * scale, page.agendas().size());
            Set<String> ids = new HashSet<>();
            for (ActionItem action : page.actions()) {
                assertTrue("duplicate action id " + action.id(), ids.add(action.id()));
                assertTrue(
                        action.id() + ": " + action.warnings(),
                        action.warnings().stream().noneMatch(w -> w.contains("same id")));
            }
            assertEquals(
                    2 * scale,
                    page.agendas().stream()
                            .map(a -> a.parameters().title())
                            .distinct()
                            .count());
        }
    }

    @Test
    public void copiesKeepTheirTopicsAndDays() throws Exception {
        MeetingPage page = Examples.reader().readPage("bench", new StorageFormatParser().parse(generator.generate(3)));

        ActionItem first = page.actions().get(0);
        ActionItem third = page.actions().get(22);
        assertEquals("bench/1", first.id());
        assertEquals("bench/23", third.id());
        assertEquals(first.topic(), third.topic());
        assertEquals(first.day(), third.day());
        assertEquals("Day 1 (copy 3)", page.agendas().get(4).parameters().title());
    }
}

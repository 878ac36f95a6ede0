package dev.agenda.core.issues;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

public class JiraProjectsTest {

    private final JiraProjects projects = new JiraProjects(List.of("DM", "rfc"));

    private List<String> keysIn(String text) {
        return projects.findIn(text).stream()
                .map(occurrence -> occurrence.key().toString())
                .toList();
    }

    @Test
    public void findsKeysOfKnownProjectsOnly() {
        assertEquals(List.of("DM-12813", "RFC-243"), keysIn("See DM-12813 and RFC-243, not ABC-1."));
    }

    @Test
    public void documentHandlesAreNotKeys() {
        assertEquals("DM inside LDM", List.of(), keysIn("LDM-230 — Data Facility ConOps"));
        assertEquals("a further -number", List.of(), keysIn("DM-503-1: Science Platform"));
        assertEquals(List.of(), keysIn("xDM-1, DM-1x, DM-0, dm-1"));
    }

    @Test
    public void reportsWhereEachKeyStands() {
        JiraProjects.Occurrence occurrence = projects.findIn("(DM-7)").get(0);

        assertEquals(1, occurrence.start());
        assertEquals(5, occurrence.end());
    }
}

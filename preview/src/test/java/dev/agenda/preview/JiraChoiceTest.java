package dev.agenda.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.fail;

import java.util.List;
import java.util.Map;
import org.junit.Test;

/** A real Jira's base URL, shown on every page and in the statuses' links, never carries credentials. */
public class JiraChoiceTest {

    @Test
    public void aBaseUrlHoldingAUserOrPasswordIsRefusedWithoutRepeatingThem() {
        for (String base : List.of(
                "https://womullane:hunter2@jira.example.org",
                "https://hunter2@jira.example.org/jira",
                "HTTP://w:hunter2@h")) {
            try {
                new JiraChoice.Remote(Map.of(), base);
                fail("accepted " + base);
            } catch (IllegalArgumentException e) {
                assertFalse(e.getMessage(), e.getMessage().contains("hunter2"));
            }
        }
    }

    @Test
    public void anOrdinaryBaseUrlIsKept() {
        assertEquals(
                "https://jira.example.org/jira?x=a@b",
                new JiraChoice.Remote(Map.of(), "https://jira.example.org/jira?x=a@b").browseBase());
    }
}

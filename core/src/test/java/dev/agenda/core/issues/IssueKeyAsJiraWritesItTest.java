package dev.agenda.core.issues;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

/** What an answer from Jira may hold as an issue key: only a key as Jira writes one. */
public class IssueKeyAsJiraWritesItTest {

    @Test
    public void keysAsJiraWritesThemPass() {
        for (String key : List.of("DM-12813", "RFC-1", "A1_B-20", "DM-999999999999999999")) {
            assertTrue(key, IssueKey.isJiraKey(key));
        }
    }

    @Test
    public void anythingElseIsNotAJiraKeyEvenWhatAPageMayWriteAsOne() {
        for (String text : List.of(
                "DM-1\"]",
                "DM-1'",
                "x\"] , [data-issue-key",
                "dm-12813",
                " DM-12813",
                "DM-12813 ",
                "D-1",
                "DM-0",
                "DM-01",
                "1DM-1",
                "DM-1-1",
                "DM_1",
                "<b>DM-1</b>",
                "",
                "DM-1234567890123456789")) {
            assertFalse(text, IssueKey.isJiraKey(text));
        }
    }
}

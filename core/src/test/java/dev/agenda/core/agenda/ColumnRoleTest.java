package dev.agenda.core.agenda;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class ColumnRoleTest {

    private static void assertRole(ColumnRole role, String... headers) {
        for (String header : headers) {
            assertEquals(header, role, ColumnRole.ofHeader(header));
        }
    }

    @Test
    public void everySynonymInAnyCase() {
        assertRole(ColumnRole.TIME, "Time", "START", "when", "Time (MST)", "Start time");
        assertRole(ColumnRole.DURATION, "Duration", "length", "Minutes", "Mins");
        assertRole(ColumnRole.TOPIC, "Topic", "Item", "subject", "Title", "Topics", "Items");
        assertRole(ColumnRole.CHAIR, "Chair", "Presenter", "lead", "Owner", "Speaker", "Who", "Presenters");
        assertRole(ColumnRole.NOTES, "Notes", "Discussion", "Outcome", "Details", "Notes / actions", "Note");
    }

    @Test
    public void otherHeadersAreOther() {
        assertRole(ColumnRole.OTHER, "Room", "Materials", "", "Timeline", "Whole", "Itemised");
    }
}

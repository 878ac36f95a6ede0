package dev.agenda.core.tracker;

import static org.junit.Assert.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.Test;

public class TrackerErrorTest {

    @Test
    public void theDetailOfARefusalThatNamesFieldsIsEachFieldsMessageInFieldOrder() {
        TrackerError refused = new TrackerError(
                TrackerError.Kind.INVALID,
                "Jira rejected the issue",
                Map.of("summary", "You must specify a summary of the issue.", "duedate", "Invalid date"),
                Optional.empty());

        assertEquals("duedate: Invalid date; summary: You must specify a summary of the issue.", refused.detail());
    }

    @Test
    public void theDetailOfAnErrorWithoutFieldsIsItsMessage() {
        assertEquals(
                "Jira is unavailable",
                TrackerError.of(TrackerError.Kind.UNAVAILABLE, "Jira is unavailable")
                        .detail());
    }
}

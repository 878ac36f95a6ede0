package dev.agenda.bench;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.actions.ActionItem;
import dev.agenda.core.page.MeetingPage;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.Test;

public class TaskPageTest {

    @Test
    public void aPageOfNTasksHasNActionsInOneAgendaOfProjectDm() throws Exception {
        MeetingPage page = SyncCounts.page(25);

        assertEquals(25, page.actions().size());
        assertEquals(1, page.agendas().size());
        assertEquals(Optional.of("DM"), page.agendas().get(0).parameters().project());
        assertEquals(17, page.actions().stream().filter(ActionItem::isComplete).count());
        for (ActionItem action : page.actions()) {
            assertEquals(action.id(), 1, action.assignees().size());
            assertTrue(action.id() + " " + action.warnings(), action.warnings().isEmpty());
        }
    }

    @Test
    public void eachTaskSaysWhoWhatAndWhen() throws Exception {
        ActionItem eight = SyncCounts.page(10).actions().get(7);

        assertEquals("sync-bench-10/8", eight.id());
        assertEquals("womullane", eight.assignees().get(0).username());
        assertEquals("Benchmark action 8", eight.text());
        assertEquals(Optional.of(LocalDate.of(2017, 12, 9)), eight.due());
        assertEquals(Optional.of("Topic 1"), eight.topic());
    }
}

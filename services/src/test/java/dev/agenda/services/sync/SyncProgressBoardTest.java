package dev.agenda.services.sync;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.agenda.services.ServicesFixture;
import dev.agenda.sync.SyncProgress;
import java.util.Optional;
import org.junit.Test;

public class SyncProgressBoardTest {

    private final SyncProgressBoard board = new SyncProgressBoard();

    @Test
    public void aRunningSyncIsSeenAdvancingAndGoneWhenItEnds() {
        SyncProgress heard = board.start("65538");
        assertEquals(Optional.of(new SyncProgressBoard.Progress(0, 0)), board.current("65538"));

        heard.advanced(6, 11, "65538/6");
        assertEquals(Optional.of(new SyncProgressBoard.Progress(6, 11)), board.current("65538"));
        assertEquals("another page has no sync running", Optional.empty(), board.current("65539"));

        board.finish("65538");
        assertEquals(Optional.empty(), board.current("65538"));
    }

    @Test
    public void theSyncServiceLeavesNothingBehindAndReportsNoSyncRunningAfterwards() {
        ServicesFixture fixture = new ServicesFixture();
        PageSyncService service = fixture.syncService();

        service.sync("65538", false);

        assertEquals(Optional.empty(), fixture.progress.current("65538"));
        assertEquals(Optional.empty(), service.progress("65538"));
        assertTrue(fixture.world.issueCount() > 3);
    }
}

package dev.agenda.services.sync;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.agenda.services.ServicesFixture;
import java.util.Optional;
import org.junit.Test;

public class SyncProgressBoardTest {

    private final SyncProgressBoard board = new SyncProgressBoard();

    @Test
    public void aRunningSyncIsSeenAdvancingAndGoneWhenItEnds() {
        SyncProgressBoard.Run run = board.start("65538");
        assertEquals(Optional.of(progress(0, 0)), board.current("65538"));

        run.advanced(6, 11, "65538/6");
        assertEquals(Optional.of(progress(6, 11)), board.current("65538"));
        assertEquals("another page has no sync running", Optional.empty(), board.current("65539"));

        run.close();
        assertEquals(Optional.empty(), board.current("65538"));
    }

    @Test
    public void aSecondSyncOfThePageNeitherResetsNorEndsTheBarOfTheOneRunning() {
        SyncProgressBoard.Run first = board.start("65538");
        first.advanced(6, 11, "65538/6");

        SyncProgressBoard.Run second = board.start("65538");
        assertEquals("the second sync's start", Optional.of(progress(6, 11)), board.current("65538"));

        second.close();
        assertEquals("the second sync's end", Optional.of(progress(6, 11)), board.current("65538"));

        first.advanced(7, 11, "65538/7");
        assertEquals(Optional.of(progress(7, 11)), board.current("65538"));
        first.close();
        assertEquals(Optional.empty(), board.current("65538"));
    }

    @Test
    public void whenTheFirstSyncEndsTheBarShowsTheOneStillRunning() {
        SyncProgressBoard.Run first = board.start("65538");
        SyncProgressBoard.Run second = board.start("65538");
        second.advanced(2, 3, "65538/2");

        first.close();

        assertEquals(Optional.of(progress(2, 3)), board.current("65538"));
    }

    @Test
    public void followUpsReportingOutOfOrderNeverMoveTheBarBack() {
        SyncProgressBoard.Run run = board.start("65538");

        run.advanced(6, 11, "65538/6");
        run.advanced(5, 11, "65538/5");

        assertEquals(Optional.of(progress(6, 11)), board.current("65538"));
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

    private static SyncProgressBoard.Progress progress(int done, int total) {
        return new SyncProgressBoard.Progress(done, total);
    }
}

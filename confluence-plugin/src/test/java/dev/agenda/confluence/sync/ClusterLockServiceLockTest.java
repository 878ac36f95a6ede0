package dev.agenda.confluence.sync;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import dev.agenda.core.sync.LockUnavailableException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.Test;

public class ClusterLockServiceLockTest {

    private final ClusterLockService service = mock(ClusterLockService.class);
    private final ClusterLock clusterLock = mock(ClusterLock.class);
    private final ClusterLockServiceLock lock = new ClusterLockServiceLock(service);

    @Test
    public void waitingLongerThanAllowedIsLockUnavailableAndTheWorkDoesNotRun() throws Exception {
        when(service.getLockForName("dev.agenda.agenda-sync_65538")).thenReturn(clusterLock);
        when(clusterLock.tryLock(10_000_000_000L, TimeUnit.NANOSECONDS)).thenReturn(false);
        AtomicBoolean ran = new AtomicBoolean();

        LockUnavailableException busy = assertThrows(
                LockUnavailableException.class,
                () -> lock.withLock("agenda-sync:65538", Duration.ofSeconds(10), () -> ran.getAndSet(true)));

        assertTrue(busy.getMessage(), busy.getMessage().contains("agenda-sync:65538 is held by another sync"));
        assertFalse(ran.get());
        verify(clusterLock, never()).unlock();
    }

    @Test
    public void theWorkRunsHoldingTheLockWhichIsReleasedEvenWhenItFails() throws Exception {
        when(service.getLockForName("dev.agenda.agenda-sync_65538")).thenReturn(clusterLock);
        when(clusterLock.tryLock(1_000_000_000L, TimeUnit.NANOSECONDS)).thenReturn(true);

        assertEquals("done", lock.withLock("agenda-sync:65538", Duration.ofSeconds(1), () -> "done"));
        assertThrows(
                IllegalStateException.class,
                () -> lock.withLock("agenda-sync:65538", Duration.ofSeconds(1), () -> {
                    throw new IllegalStateException("the sync failed");
                }));

        verify(clusterLock, org.mockito.Mockito.times(2)).unlock();
    }

    @Test
    public void anInterruptedWaitIsLockUnavailableAndKeepsTheInterrupt() throws Exception {
        when(service.getLockForName("dev.agenda.page")).thenReturn(clusterLock);
        when(clusterLock.tryLock(0L, TimeUnit.NANOSECONDS)).thenThrow(new InterruptedException());

        try {
            assertThrows(LockUnavailableException.class, () -> lock.withLock("page", Duration.ZERO, () -> "x"));
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    public void lockNamesAreNamespacedSimpleAndShortEnoughForTheService() {
        assertEquals("dev.agenda.agenda-sync_65538", ClusterLockServiceLock.clusterName("agenda-sync:65538"));
        assertEquals(255, ClusterLockServiceLock.clusterName("x".repeat(300)).length());
    }
}

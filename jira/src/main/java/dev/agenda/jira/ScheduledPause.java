package dev.agenda.jira;

import dev.agenda.core.time.Pause;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Waits by scheduling the continuation on the common pool's delayed executor, rather than sleeping in place. The wait
 * is rounded up to whole milliseconds, never down: a caller that waits out a rate limit must not wake before it ends.
 */
public final class ScheduledPause implements Pause {

    @Override
    public void pause(Duration duration) throws InterruptedException {
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        try {
            CompletableFuture.runAsync(
                            () -> {}, CompletableFuture.delayedExecutor(wholeMillis(duration), TimeUnit.MILLISECONDS))
                    .get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the retry timer failed", e.getCause());
        }
    }

    private static long wholeMillis(Duration duration) {
        long millis = duration.toMillis();
        return duration.minusMillis(millis).isZero() ? millis : millis + 1;
    }
}

package dev.agenda.confluence.status;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import dev.agenda.core.tracker.IssueTracker;
import dev.agenda.core.tracker.Result;
import dev.agenda.services.jira.ViewerJiraAccess;
import dev.agenda.services.status.RecentSyncs;
import dev.agenda.sync.status.LiveStatuses;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The scheduled status refresh: for each page synced within {@link #WINDOW}, asks Jira — as the viewer who synced it —
 * for the current status of the page's issues, in one batched look-up, and keeps them in that viewer's
 * {@link LiveStatuses}, which the page reads. A viewer whose Jira cannot be reached, or who has withdrawn consent, is
 * skipped this round; the others still refresh.
 */
public final class StatusRefreshRunner implements JobRunner {

    /** Pages synced longer ago than this are no longer refreshed. */
    public static final Duration WINDOW = Duration.ofDays(7);

    private final RecentSyncs recentSyncs;
    private final ViewerJiraAccess viewers;
    private final LiveStatuses statuses;
    private final Clock clock;

    public StatusRefreshRunner(RecentSyncs recentSyncs, ViewerJiraAccess viewers, LiveStatuses statuses, Clock clock) {
        this.recentSyncs = recentSyncs;
        this.viewers = viewers;
        this.statuses = statuses;
        this.clock = clock;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        List<RecentSyncs.Entry> pages = recentSyncs.since(clock.instant(), WINDOW);
        int refreshed = 0;
        int skipped = 0;
        for (RecentSyncs.Entry page : pages) {
            if (page.issueKeys().isEmpty()) {
                continue;
            }
            int count = viewers.asViewer(
                    page.viewerKey(),
                    session -> session.tracker() instanceof Result.Ok<IssueTracker>
                            ? statuses.refresh(page.viewerKey(), page.issueKeys(), session.tracker())
                            : -1);
            if (count < 0) {
                skipped++;
            } else {
                refreshed += count;
            }
        }
        return JobRunnerResponse.success("refreshed " + refreshed + " statuses of " + pages.size()
                + " recently synced pages; skipped " + skipped + " whose viewer's Jira did not answer");
    }
}

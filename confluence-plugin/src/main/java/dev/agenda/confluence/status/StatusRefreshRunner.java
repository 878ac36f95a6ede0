package dev.agenda.confluence.status;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import dev.agenda.core.tracker.Issue;
import dev.agenda.core.tracker.IssueTracker;
import dev.agenda.core.tracker.Result;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The scheduled status refresh: for each page synced within {@link #WINDOW}, asks Jira — as the viewer who synced it —
 * for the current status of the page's issues, in one batched look-up, and puts them in the {@link StatusCache}. A
 * viewer whose Jira cannot be reached, or who has withdrawn consent, is skipped this round; the others still refresh.
 */
public final class StatusRefreshRunner implements JobRunner {

    /** Pages synced longer ago than this are no longer refreshed. */
    public static final Duration WINDOW = Duration.ofDays(7);

    private final RecentSyncs recentSyncs;
    private final ViewerJiraAccess viewers;
    private final StatusCache cache;
    private final Clock clock;

    public StatusRefreshRunner(RecentSyncs recentSyncs, ViewerJiraAccess viewers, StatusCache cache, Clock clock) {
        this.recentSyncs = recentSyncs;
        this.viewers = viewers;
        this.cache = cache;
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
            int count = viewers.asViewer(page.viewerKey(), session ->
                    session.tracker() instanceof Result.Ok<IssueTracker> ok ? refresh(page, ok.value()) : -1);
            if (count < 0) {
                skipped++;
            } else {
                refreshed += count;
            }
        }
        return JobRunnerResponse.success("refreshed " + refreshed + " statuses of " + pages.size()
                + " recently synced pages; skipped " + skipped + " whose viewer's Jira did not answer");
    }

    private int refresh(RecentSyncs.Entry page, IssueTracker tracker) {
        int count = 0;
        for (Map.Entry<String, Result<Issue>> found : tracker.issuesByKey(page.issueKeys(), List.of()).entrySet()) {
            if (found.getValue() instanceof Result.Ok<Issue> ok) {
                cache.put(page.viewerKey(), found.getKey(),
                        new StatusCache.CachedStatus(ok.value().status(), clock.instant()));
                count++;
            }
        }
        return count;
    }
}

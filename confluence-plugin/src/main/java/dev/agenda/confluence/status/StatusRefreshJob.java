package dev.agenda.confluence.status;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the status refresh with Confluence's scheduler when the plugin starts, as one job for the whole cluster
 * (RUN_ONCE_PER_CLUSTER, every {@link #INTERVAL}), and takes its runner away when the plugin stops. SAL calls
 * {@link #onStart()} once Confluence is set up and the plugin enabled, which is why this is a {@link LifecycleAware}
 * (exported as that OSGi service) rather than a Spring init method that could run before the scheduler is ready.
 *
 * <p>On stop only the runner is unregistered, not the schedule: the schedule belongs to the cluster, and one node
 * stopping must not stop the refresh on the others. Scheduling the same job id again on the next start replaces it.
 * Until the status cache is cluster-wide (with the live-status UI), the refresh only warms the cache of the node it
 * runs on, from the pages synced through that node.
 */
public final class StatusRefreshJob implements LifecycleAware {

    public static final JobRunnerKey RUNNER = JobRunnerKey.of("dev.agenda.agenda-confluence-plugin:status-refresh");
    public static final JobId JOB = JobId.of("dev.agenda.agenda-confluence-plugin:status-refresh");
    public static final Duration INTERVAL = Duration.ofMinutes(15);
    private static final Logger LOG = LoggerFactory.getLogger(StatusRefreshJob.class);

    private final SchedulerService scheduler;
    private final StatusRefreshRunner runner;
    private final Clock clock;

    public StatusRefreshJob(SchedulerService scheduler, StatusRefreshRunner runner, Clock clock) {
        this.scheduler = scheduler;
        this.runner = runner;
        this.clock = clock;
    }

    @Override
    public void onStart() {
        scheduler.registerJobRunner(RUNNER, runner);
        JobConfig config = JobConfig.forJobRunnerKey(RUNNER)
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(
                        INTERVAL.toMillis(), Date.from(clock.instant().plus(INTERVAL))));
        try {
            scheduler.scheduleJob(JOB, config);
        } catch (SchedulerServiceException e) {
            LOG.error(
                    "The Jira status refresh could not be scheduled; statuses will refresh only when pages are"
                            + " synced. Cause: {}",
                    e.getMessage());
        }
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(RUNNER);
    }
}

package dev.agenda.confluence.status;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import dev.agenda.services.jira.ViewerJiraAccess;
import dev.agenda.services.status.RecentSyncs;
import dev.agenda.sync.status.LiveStatuses;
import dev.agenda.sync.status.StatusMemory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

public class StatusRefreshJobTest {

    private final Clock clock = Clock.fixed(Instant.parse("2017-12-04T17:00:00Z"), ZoneOffset.UTC);
    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final StatusRefreshRunner runner = new StatusRefreshRunner(
            new RecentSyncs(),
            new ViewerJiraAccess() {
                @Override
                public <T> T asViewer(
                        String viewerKey, java.util.function.Function<dev.agenda.services.jira.JiraSession, T> work) {
                    throw new AssertionError("not run here");
                }
            },
            new LiveStatuses(new StatusMemory(), clock),
            clock);
    private final StatusRefreshJob job = new StatusRefreshJob(scheduler, runner, clock);

    @Test
    public void onStartRegistersTheRunnerAndSchedulesOneJobForTheWholeClusterEveryQuarterHour() throws Exception {
        job.onStart();

        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler)
                .registerJobRunner(JobRunnerKey.of("dev.agenda.agenda-confluence-plugin:status-refresh"), runner);
        verify(scheduler)
                .scheduleJob(eq(JobId.of("dev.agenda.agenda-confluence-plugin:status-refresh")), config.capture());
        assertEquals(RunMode.RUN_ONCE_PER_CLUSTER, config.getValue().getRunMode());
        assertSame(StatusRefreshJob.RUNNER, config.getValue().getJobRunnerKey());
        assertEquals(
                15 * 60 * 1000L,
                config.getValue().getSchedule().getIntervalScheduleInfo().getIntervalInMillis());
        assertEquals(
                Date.from(Instant.parse("2017-12-04T17:15:00Z")),
                config.getValue().getSchedule().getIntervalScheduleInfo().getFirstRunTime());
    }

    @Test
    public void aSchedulerThatRefusesDoesNotStopThePluginFromStarting() throws Exception {
        doThrow(new SchedulerServiceException("scheduler is shutting down"))
                .when(scheduler)
                .scheduleJob(any(), any());

        job.onStart();

        verify(scheduler).registerJobRunner(StatusRefreshJob.RUNNER, runner);
    }

    @Test
    public void onStopTakesTheRunnerAwayButLeavesTheClustersScheduleAlone() {
        job.onStop();

        verify(scheduler).unregisterJobRunner(StatusRefreshJob.RUNNER);
        verifyNoMoreInteractions(scheduler);
    }
}

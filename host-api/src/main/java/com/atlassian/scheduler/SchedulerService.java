package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;

/**
 * Stand-in (compile only), declaring only the members the plugin calls. Checked against
 * https://docs.atlassian.com/atlassian-scheduler-api/1.2/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/SchedulerService.html
 * and the implementation listed at
 * https://docs.atlassian.com/atlassian-bamboo/9.2.11/com/atlassian/bamboo/schedule/AtlassianSchedulerServiceImpl.html:
 * {@code registerJobRunner(JobRunnerKey, JobRunner)}, {@code unregisterJobRunner(JobRunnerKey)},
 * {@code scheduleJob(JobId, JobConfig) throws SchedulerServiceException}. Scheduling an existing JobId replaces it.
 */
public interface SchedulerService {

    void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

    void unregisterJobRunner(JobRunnerKey jobRunnerKey);

    void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;
}

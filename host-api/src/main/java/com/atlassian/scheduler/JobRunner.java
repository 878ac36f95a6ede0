package com.atlassian.scheduler;

/**
 * Stand-in (compile only). "Invoked by the SchedulerService when it is time for a scheduled job to run":
 * {@code JobRunnerResponse runJob(JobRunnerRequest request)} (nullable answer), checked against
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/package-summary.html
 * and https://docs.atlassian.com/ConfluenceServer/javadoc/6.13.21/com/atlassian/confluence/schedule/RunnableJobRunner.html.
 */
public interface JobRunner {

    JobRunnerResponse runJob(JobRunnerRequest request);
}

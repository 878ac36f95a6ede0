package com.atlassian.scheduler;

/**
 * Stand-in (compile only): the request to run a job. The plugin reads nothing from it; see
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/package-summary.html.
 */
public interface JobRunnerRequest {}

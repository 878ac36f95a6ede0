package com.atlassian.scheduler;

/**
 * Stand-in (compile only): a checked exception, "Indicates a problem interacting with the SchedulerService" —
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/package-summary.html.
 */
public class SchedulerServiceException extends Exception {

    public SchedulerServiceException(String message) {
        super(message);
    }
}

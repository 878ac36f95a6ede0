package com.atlassian.scheduler;

/**
 * Stand-in (compile only): an immutable final class with static factories {@code success(String)},
 * {@code aborted(String)} and {@code failed(String)} and the accessor {@code getMessage()}, as in atlassian-scheduler's
 * source (seen in decompiled form in the public code index) and named on
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/package-summary.html.
 * Its outcome is kept only so that tests can tell the responses apart.
 */
public final class JobRunnerResponse {

    private final String outcome;
    private final String message;

    private JobRunnerResponse(String outcome, String message) {
        this.outcome = outcome;
        this.message = message;
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse("SUCCESS", message);
    }

    public String getMessage() {
        return message;
    }

    @Override
    public String toString() {
        return outcome + ": " + message;
    }
}

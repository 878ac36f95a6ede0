package com.atlassian.scheduler.config;

import java.util.Objects;

/**
 * Stand-in (compile only): a final value class made with {@code JobRunnerKey.of(String)}, compared by value, as in
 * atlassian-scheduler's source (seen in decompiled form in the public code index); used by
 * https://docs.atlassian.com/atlassian-scheduler-api/1.2/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/SchedulerService.html.
 */
public final class JobRunnerKey {

    private final String key;

    private JobRunnerKey(String key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    public static JobRunnerKey of(String key) {
        return new JobRunnerKey(key);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobRunnerKey that && that.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}

package com.atlassian.scheduler.config;

import java.util.Objects;

/**
 * Stand-in (compile only): an immutable final class; {@code JobConfig.forJobRunnerKey(JobRunnerKey)} (defaults:
 * RUN_ONCE_PER_CLUSTER, run once now) and the copying {@code withRunMode(RunMode)} and {@code withSchedule(Schedule)},
 * with the getters — as in atlassian-scheduler's source (public code index, decompiled) and the usage documented on
 * https://docs.atlassian.com/ConfluenceServer/javadoc/6.9.1/com/atlassian/confluence/schedule/ScheduledSimpleJob.html.
 */
public final class JobConfig {

    private final JobRunnerKey jobRunnerKey;
    private final RunMode runMode;
    private final Schedule schedule;

    private JobConfig(JobRunnerKey jobRunnerKey, RunMode runMode, Schedule schedule) {
        this.jobRunnerKey = Objects.requireNonNull(jobRunnerKey, "jobRunnerKey");
        this.runMode = runMode;
        this.schedule = schedule;
    }

    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        return new JobConfig(jobRunnerKey, RunMode.RUN_ONCE_PER_CLUSTER, Schedule.forInterval(0, null));
    }

    public JobConfig withRunMode(RunMode runMode) {
        return new JobConfig(jobRunnerKey, runMode, schedule);
    }

    public JobConfig withSchedule(Schedule schedule) {
        return new JobConfig(jobRunnerKey, runMode, schedule);
    }

    public JobRunnerKey getJobRunnerKey() {
        return jobRunnerKey;
    }

    public RunMode getRunMode() {
        return runMode;
    }

    public Schedule getSchedule() {
        return schedule;
    }
}

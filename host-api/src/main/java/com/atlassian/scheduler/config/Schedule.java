package com.atlassian.scheduler.config;

import java.util.Date;

/**
 * Stand-in (compile only). Checked against
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/Schedule.html:
 * {@code static Schedule forInterval(long intervalInMillis, Date firstRunTime)} (null first run time: as soon as
 * possible) and {@code IntervalScheduleInfo getIntervalScheduleInfo()}.
 */
public final class Schedule {

    private final IntervalScheduleInfo interval;

    private Schedule(IntervalScheduleInfo interval) {
        this.interval = interval;
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule(new IntervalScheduleInfo(firstRunTime, intervalInMillis));
    }

    public IntervalScheduleInfo getIntervalScheduleInfo() {
        return interval;
    }
}

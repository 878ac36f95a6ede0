package com.atlassian.scheduler.config;

import java.util.Date;

/**
 * Stand-in (compile only): what {@link Schedule#forInterval} was given — {@code getFirstRunTime()} and
 * {@code getIntervalInMillis()}; see the Schedule page cited there.
 */
@SuppressWarnings("JavaUtilDate") // Atlassian's signatures take and give java.util.Date
public final class IntervalScheduleInfo {

    private final Date firstRunTime;
    private final long intervalInMillis;

    IntervalScheduleInfo(Date firstRunTime, long intervalInMillis) {
        this.firstRunTime = firstRunTime == null ? null : new Date(firstRunTime.getTime());
        this.intervalInMillis = intervalInMillis;
    }

    public Date getFirstRunTime() {
        return firstRunTime == null ? null : new Date(firstRunTime.getTime());
    }

    public long getIntervalInMillis() {
        return intervalInMillis;
    }
}

package com.atlassian.scheduler.config;

import java.util.Objects;

/**
 * Stand-in (compile only): a final value class made with {@code JobId.of(String)}, like {@link JobRunnerKey}; see
 * https://docs.atlassian.com/atlassian-bamboo/9.2.11/com/atlassian/bamboo/schedule/AtlassianSchedulerServiceImpl.html.
 */
public final class JobId {

    private final String id;

    private JobId(String id) {
        this.id = Objects.requireNonNull(id, "id");
    }

    public static JobId of(String id) {
        return new JobId(id);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobId that && that.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}

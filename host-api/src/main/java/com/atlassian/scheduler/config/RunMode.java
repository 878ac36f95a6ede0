package com.atlassian.scheduler.config;

/**
 * Stand-in (compile only): RUN_ONCE_PER_CLUSTER (the default) or RUN_LOCALLY on every node, as JobConfig's source
 * (public code index) and Confluence's ScheduledSimpleJob
 * (https://docs.atlassian.com/ConfluenceServer/javadoc/7.18.1/com/atlassian/confluence/schedule/ScheduledSimpleJob.html)
 * show. Enum constants link by name.
 */
public enum RunMode {
    RUN_ONCE_PER_CLUSTER,
    RUN_LOCALLY
}

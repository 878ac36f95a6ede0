package com.atlassian.beehive;

/**
 * Stand-in (compile only). Checked against
 * https://docs.atlassian.com/beehive/0.0.6/apidocs/com/atlassian/beehive/ClusterLockService.html:
 * {@code ClusterLock getLockForName(String lockName)}; names up to 255 characters, reverse-DNS namespaced, simple
 * ASCII; locks never time out and are not meant to be re-entrant. Confluence implements it
 * (https://docs.atlassian.com/atlassian-confluence/5.5.3-confdev25019-m1/com/atlassian/confluence/cluster/BeehiveClusterLockService.html).
 */
public interface ClusterLockService {

    ClusterLock getLockForName(String lockName);
}

package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

/**
 * Stand-in (compile only): a named cluster-wide {@link java.util.concurrent.locks.Lock}. Checked against
 * https://docs.atlassian.com/beehive/0.0.8/apidocs/com/atlassian/beehive/ClusterLock.html ("public interface
 * ClusterLock extends Lock"; newCondition unsupported).
 */
public interface ClusterLock extends Lock {}

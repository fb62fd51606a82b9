package com.atlassian.beehive;

/**
 * Stand-in for {@code com.atlassian.beehive.ClusterLockService}. Source: Jira's own
 * IssueTypeManagerImpl calls {@code clusterLockService.getLockForName(CREATION_LOCK_NAME)}.
 */
public interface ClusterLockService {
  ClusterLock getLockForName(String lockName);
}

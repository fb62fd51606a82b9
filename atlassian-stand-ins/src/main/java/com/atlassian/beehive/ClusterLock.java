package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

/**
 * Stand-in for {@code com.atlassian.beehive.ClusterLock}, a {@link Lock} held cluster-wide
 * (jira-platform-facts.md §2.4, [K]).
 */
public interface ClusterLock extends Lock {}

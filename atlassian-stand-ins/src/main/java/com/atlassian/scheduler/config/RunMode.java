package com.atlassian.scheduler.config;

/** Stand-in of atlassian-scheduler's {@code RunMode}. */
public enum RunMode {
  RUN_ONCE_PER_CLUSTER,
  RUN_LOCALLY
}

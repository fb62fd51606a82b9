package com.atlassian.scheduler;

/** Stand-in of atlassian-scheduler's {@code JobRunner}. */
public interface JobRunner {
  JobRunnerResponse runJob(JobRunnerRequest request);
}

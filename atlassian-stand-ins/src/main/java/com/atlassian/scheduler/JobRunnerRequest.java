package com.atlassian.scheduler;

import java.util.Date;

/** Stand-in of atlassian-scheduler's {@code JobRunnerRequest} ({@code getStartTime()}). */
public interface JobRunnerRequest {
  Date getStartTime();

  boolean isCancellationRequested();
}

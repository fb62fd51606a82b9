package com.atlassian.scheduler;

/** Stand-in of atlassian-scheduler's checked {@code SchedulerServiceException}. */
public class SchedulerServiceException extends Exception {
  public SchedulerServiceException(String message) {
    super(message);
  }
}

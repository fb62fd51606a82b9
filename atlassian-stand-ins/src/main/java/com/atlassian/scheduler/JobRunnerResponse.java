package com.atlassian.scheduler;

/**
 * Stand-in of atlassian-scheduler's {@code JobRunnerResponse} ({@code success()}, {@code
 * failed(String)}); keeps its message so tests can tell outcomes apart.
 */
public final class JobRunnerResponse {
  private final String message;
  private final boolean failed;

  private JobRunnerResponse(String message, boolean failed) {
    this.message = message;
    this.failed = failed;
  }

  public static JobRunnerResponse success() {
    return new JobRunnerResponse(null, false);
  }

  public static JobRunnerResponse success(String message) {
    return new JobRunnerResponse(message, false);
  }

  public static JobRunnerResponse failed(String message) {
    return new JobRunnerResponse(message, true);
  }

  public String getMessage() {
    return message;
  }
}

package com.atlassian.scheduler;

/**
 * Stand-in of atlassian-scheduler's {@code JobRunnerResponse} ({@code success()}, {@code
 * success(String)}, {@code failed(String)}); keeps its message so tests can tell outcomes apart.
 * Like the real class (decompiled source in the public code index), {@code failed(String)} rejects
 * a blank message with an {@link IllegalArgumentException}.
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
    if (message == null || message.isBlank()) {
      throw new IllegalArgumentException(
          "The message must be specified when reporting a job as failed!");
    }
    return new JobRunnerResponse(message, true);
  }

  public String getMessage() {
    return message;
  }
}

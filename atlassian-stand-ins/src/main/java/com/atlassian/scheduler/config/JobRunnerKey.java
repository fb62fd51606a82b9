package com.atlassian.scheduler.config;

import java.util.Objects;

/** Stand-in of atlassian-scheduler's {@code JobRunnerKey} ({@code of(String)}); a value class. */
public final class JobRunnerKey {
  private final String key;

  private JobRunnerKey(String key) {
    this.key = key;
  }

  public static JobRunnerKey of(String key) {
    return new JobRunnerKey(key);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JobRunnerKey that && key.equals(that.key);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key);
  }

  @Override
  public String toString() {
    return key;
  }
}

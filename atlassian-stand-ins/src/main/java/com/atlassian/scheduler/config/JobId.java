package com.atlassian.scheduler.config;

import java.util.Objects;

/** Stand-in of atlassian-scheduler's {@code JobId} ({@code of(String)}); a value class. */
public final class JobId {
  private final String id;

  private JobId(String id) {
    this.id = id;
  }

  public static JobId of(String id) {
    return new JobId(id);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JobId that && id.equals(that.id);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id);
  }

  @Override
  public String toString() {
    return id;
  }
}

package com.atlassian.scheduler.config;

import java.util.Objects;
import java.util.TimeZone;

/**
 * Stand-in of atlassian-scheduler's {@code Schedule} ({@code forCronExpression(String, TimeZone)});
 * a value class with equality, so tests can compare the schedule a job was given.
 */
public final class Schedule {
  private final String cronExpression;
  private final TimeZone timeZone;

  private Schedule(String cronExpression, TimeZone timeZone) {
    this.cronExpression = cronExpression;
    this.timeZone = timeZone;
  }

  public static Schedule forCronExpression(String cronExpression, TimeZone timeZone) {
    return new Schedule(cronExpression, timeZone);
  }

  public static Schedule forCronExpression(String cronExpression) {
    return new Schedule(cronExpression, null);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Schedule that
        && cronExpression.equals(that.cronExpression)
        && Objects.equals(timeZone, that.timeZone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cronExpression, timeZone);
  }

  @Override
  public String toString() {
    return cronExpression + " " + (timeZone == null ? "" : timeZone.getID());
  }
}

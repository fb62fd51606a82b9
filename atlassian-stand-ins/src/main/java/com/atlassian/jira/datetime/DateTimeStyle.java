package com.atlassian.jira.datetime;

/**
 * Stand-in for {@code com.atlassian.jira.datetime.DateTimeStyle}: only the constants the plugin
 * uses (the real enum has more). See SOURCES.md.
 */
public enum DateTimeStyle {
  /** A date without time, in the format the admin configured ("dd/MMM/yy" by default). */
  DATE,
  /** Date and time, in the format the admin configured. */
  COMPLETE
}

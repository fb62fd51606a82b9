package com.atlassian.jira.timezone;

import java.util.TimeZone;

/**
 * Stand-in for {@code com.atlassian.jira.timezone.TimeZoneManager}. Source: jira-api source of the
 * interface ("@return default system time zone" {@code getDefaultTimezone()}), see SOURCES.md.
 */
public interface TimeZoneManager {

  /** The time zone of the user who is currently logged in (Jira's default for anonymous). */
  TimeZone getLoggedInUserTimeZone();

  TimeZone getDefaultTimezone();
}

package com.atlassian.jira.timezone;

import java.util.TimeZone;

/**
 * Stand-in for {@code com.atlassian.jira.timezone.TimeZoneManager}. Source: jira-api source of the
 * interface ("@return default system time zone" {@code getDefaultTimezone()}), see SOURCES.md.
 */
public interface TimeZoneManager {

  TimeZone getDefaultTimezone();
}

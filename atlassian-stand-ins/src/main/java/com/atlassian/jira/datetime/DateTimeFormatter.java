package com.atlassian.jira.datetime;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Date;

/**
 * Stand-in for {@code com.atlassian.jira.datetime.DateTimeFormatter}, Jira's time-zone and locale
 * aware formatter (injectable). Only the members the plugin uses; see SOURCES.md.
 */
public interface DateTimeFormatter {

  /** A formatter using the zone and locale of whoever is logged in when it formats. */
  DateTimeFormatter forLoggedInUser();

  /** A formatter using {@code user}'s zone and locale. */
  DateTimeFormatter forUser(ApplicationUser user);

  /** A formatter using the JVM's zone, as Jira does for date-only values such as due dates. */
  DateTimeFormatter withSystemZone();

  DateTimeFormatter withStyle(DateTimeStyle style);

  String format(Date date);
}

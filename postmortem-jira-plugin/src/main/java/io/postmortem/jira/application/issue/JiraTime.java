package io.postmortem.jira.application.issue;

import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.TimeZone;

/**
 * Today's date and the dates of instants in Jira's default time zone, so that "due within 30 days"
 * means the same on every node whatever the JVM's zone. Jira offers no {@link Clock} bean; tests
 * construct this with a fixed clock.
 */
@Named
public class JiraTime {

  private final TimeZoneManager timeZoneManager;
  private final Clock clock;

  @Inject
  public JiraTime(@ComponentImport TimeZoneManager timeZoneManager) {
    this(timeZoneManager, Clock.systemUTC());
  }

  public JiraTime(TimeZoneManager timeZoneManager, Clock clock) {
    this.timeZoneManager = timeZoneManager;
    this.clock = clock;
  }

  /** Jira's default time zone (set by the admin, else the JVM's). */
  public ZoneId zone() {
    TimeZone zone = timeZoneManager.getDefaultTimezone();
    return zone == null ? ZoneId.systemDefault() : zone.toZoneId();
  }

  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), zone());
  }

  public Instant now() {
    return clock.instant();
  }

  /**
   * The calendar day of a date-only Jira value (due date, date-picker field). Jira stores those as
   * midnight in the JVM's zone, so the JVM's zone, not Jira's, gives the day back unchanged.
   */
  public static LocalDate dayOf(Timestamp dateOnly) {
    return dateOnly == null ? null : dateOnly.toLocalDateTime().toLocalDate();
  }
}

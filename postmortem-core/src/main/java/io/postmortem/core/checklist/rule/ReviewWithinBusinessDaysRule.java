package io.postmortem.core.checklist.rule;

import io.postmortem.core.calendar.BusinessCalendar;
import io.postmortem.core.checklist.ChecklistSettings;
import io.postmortem.core.checklist.RuleDescriptor;
import io.postmortem.core.checklist.RuleSeverity;
import io.postmortem.core.checklist.SettingsSchema;
import io.postmortem.core.checklist.Subject;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.Severity;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The review meeting takes place within N business days (default 5, PagerDuty's template) of the
 * latest resolution among the reviewed incidents, skipping weekends and holidays; for a Sev-1 an
 * admin may set a shorter limit in calendar days (PagerDuty: 3). Without a meeting date the rule
 * fails only once the deadline has passed: before that nothing is late yet, and the postmortem
 * panel shows the deadline. While an incident is unresolved there is nothing to count from, so the
 * rule passes.
 */
public final class ReviewWithinBusinessDaysRule extends Rule {

  public static final String ID = "review-within-business-days";

  public static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          ID,
          RuleSeverity.WARN,
          List.of(
              SettingsSchema.REVIEW_BUSINESS_DAYS,
              SettingsSchema.REVIEW_SEV1_CALENDAR_DAYS,
              SettingsSchema.HOLIDAYS,
              SettingsSchema.WEEKEND,
              SettingsSchema.ZONE),
          "late-sev1",
          "late",
          "not-held-sev1",
          "not-held");

  /**
   * WARN: a late meeting cannot be undone, so blocking on it would block the postmortem forever.
   */
  public ReviewWithinBusinessDaysRule() {
    super(DESCRIPTOR);
  }

  @Override
  void check(
      Postmortem postmortem, ChecklistSettings settings, LocalDate today, Findings findings) {
    Optional<LocalDate> resolved =
        postmortem.latestResolution().flatMap(at -> dayOf(at, settings.zone()));
    if (resolved.isEmpty()) {
      return;
    }
    BusinessCalendar calendar = settings.calendar();
    LocalDate deadline = calendar.addBusinessDays(resolved.get(), settings.reviewBusinessDays());
    OptionalInt sev1Days = settings.sev1ReviewCalendarDays();
    boolean sev1Limit = sev1Days.isPresent() && postmortem.worstSeverity() == Severity.SEV_1;
    if (sev1Limit) {
      LocalDate sev1Deadline = plusDays(resolved.get(), sev1Days.getAsInt());
      sev1Limit = sev1Deadline.isBefore(deadline);
      deadline = sev1Limit ? sev1Deadline : deadline;
    }
    int limit = sev1Limit ? sev1Days.getAsInt() : settings.reviewBusinessDays();
    Subject subject = Subject.postmortem(postmortem.key());
    if (postmortem.reviewMeetingOn() != null) {
      LocalDate meeting = postmortem.reviewMeetingOn();
      if (meeting.isAfter(deadline)) {
        findings.add(
            sev1Limit ? "late-sev1" : "late",
            subject,
            meeting,
            resolved.get(),
            deadline,
            limit,
            calendar.businessDaysBetween(resolved.get(), meeting));
      }
    } else if (today.isAfter(deadline)) {
      findings.add(
          sev1Limit ? "not-held-sev1" : "not-held", subject, resolved.get(), deadline, limit);
    }
  }

  private static Optional<LocalDate> dayOf(Instant instant, ZoneId zone) {
    try {
      return Optional.of(LocalDate.ofInstant(instant, zone));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static LocalDate plusDays(LocalDate date, int days) {
    try {
      return date.plusDays(days);
    } catch (DateTimeException e) {
      return LocalDate.MAX;
    }
  }
}

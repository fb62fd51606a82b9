package io.postmortem.core.checklist.rule;

import static io.postmortem.core.checklist.Argument.count;
import static io.postmortem.core.checklist.Argument.day;

import io.postmortem.core.checklist.ChecklistSettings;
import io.postmortem.core.checklist.ReviewDeadline;
import io.postmortem.core.checklist.RuleDescriptor;
import io.postmortem.core.checklist.RuleSeverity;
import io.postmortem.core.checklist.SettingsSchema;
import io.postmortem.core.checklist.Subject;
import io.postmortem.core.postmortem.Postmortem;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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
    Optional<ReviewDeadline> found = ReviewDeadline.of(postmortem, settings);
    if (found.isEmpty()) {
      return;
    }
    ReviewDeadline review = found.get();
    boolean sev1Limit = review.sev1CalendarDays();
    Subject subject = Subject.postmortem(postmortem.key());
    if (postmortem.reviewMeetingOn() != null) {
      LocalDate meeting = postmortem.reviewMeetingOn();
      if (meeting.isAfter(review.deadline())) {
        findings.add(
            sev1Limit ? "late-sev1" : "late",
            subject,
            day(meeting),
            day(review.resolvedOn()),
            day(review.deadline()),
            count(review.limit()),
            count(settings.calendar().businessDaysBetween(review.resolvedOn(), meeting)));
      }
    } else if (today.isAfter(review.deadline())) {
      findings.add(
          sev1Limit ? "not-held-sev1" : "not-held",
          subject,
          day(review.resolvedOn()),
          day(review.deadline()),
          count(review.limit()));
    }
  }
}

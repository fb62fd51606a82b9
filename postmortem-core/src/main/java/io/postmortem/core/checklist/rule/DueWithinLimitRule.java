package io.postmortem.core.checklist.rule;

import static io.postmortem.core.checklist.Argument.choice;
import static io.postmortem.core.checklist.Argument.count;
import static io.postmortem.core.checklist.Argument.day;
import static io.postmortem.core.checklist.Argument.issue;
import static io.postmortem.core.checklist.Argument.text;

import io.postmortem.core.checklist.ChecklistSettings;
import io.postmortem.core.checklist.RuleDescriptor;
import io.postmortem.core.checklist.RuleSeverity;
import io.postmortem.core.checklist.SettingsSchema;
import io.postmortem.core.checklist.Subject;
import io.postmortem.core.postmortem.ActionItem;
import io.postmortem.core.postmortem.Horizon;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.Severity;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Every item has a due date within the limit for its incident severity, priority and horizon,
 * counted in days after the postmortem was created ("no more than 30 days; only very rarely
 * months"). Open items already past their due date are reported too (setting {@code
 * due.reportOverdue}), because a plan that is already late is not a plan; done items never are.
 *
 * <p>Arguments of {@code too-late}: item, summary, due date, days after the postmortem, limit,
 * priority, horizon ({@code NONE} when unset), incident severity.
 */
public final class DueWithinLimitRule extends Rule {

  public static final String ID = "due-within-limit";

  public static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          ID,
          RuleSeverity.BLOCK,
          List.of(SettingsSchema.DUE_DAYS, SettingsSchema.REPORT_OVERDUE),
          "missing",
          "too-late",
          "overdue");

  public DueWithinLimitRule() {
    super(DESCRIPTOR);
  }

  @Override
  void check(
      Postmortem postmortem, ChecklistSettings settings, LocalDate today, Findings findings) {
    Severity incidentSeverity = postmortem.worstSeverity();
    for (ActionItem item : postmortem.actionItems()) {
      int limit =
          settings.dueDateLimits().daysFor(incidentSeverity, item.priority(), item.horizon());
      checkItem(postmortem, item, limit, incidentSeverity, settings, today, findings);
    }
  }

  private static void checkItem(
      Postmortem postmortem,
      ActionItem item,
      int limit,
      Severity incidentSeverity,
      ChecklistSettings settings,
      LocalDate today,
      Findings findings) {
    Subject subject = Subject.actionItem(item.key());
    LocalDate due = item.dueDate();
    if (due == null) {
      // Say by when: the latest date the item's limit allows, so the fix is one field away.
      findings.add(
          "missing",
          subject,
          issue(item.key()),
          text(item.summary()),
          day(
              settings
                  .dueDateLimits()
                  .latestDueDate(
                      postmortem.createdOn(), incidentSeverity, item.priority(), item.horizon())),
          count(limit));
      return;
    }
    long daysAfter = ChronoUnit.DAYS.between(postmortem.createdOn(), due);
    if (daysAfter > limit) {
      tooLate(item, daysAfter, limit, incidentSeverity, findings);
    }
    if (settings.reportOverdueItems() && !item.done() && due.isBefore(today)) {
      findings.add(
          "overdue",
          subject,
          issue(item.key()),
          text(item.summary()),
          day(due),
          count(ChronoUnit.DAYS.between(due, today)));
    }
  }

  private static void tooLate(
      ActionItem item, long daysAfter, int limit, Severity incidentSeverity, Findings findings) {
    findings.add(
        "too-late",
        Subject.actionItem(item.key()),
        issue(item.key()),
        text(item.summary()),
        day(item.dueDate()),
        count(daysAfter),
        count(limit),
        choice(item.priority()),
        choice(Horizon.class, item.horizon()),
        choice(incidentSeverity));
  }
}

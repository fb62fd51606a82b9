package io.postmortem.core.checklist.rule;

import io.postmortem.core.checklist.ChecklistSettings;
import io.postmortem.core.checklist.DueDateLimits;
import io.postmortem.core.checklist.RuleDescriptor;
import io.postmortem.core.checklist.RuleSeverity;
import io.postmortem.core.checklist.SettingsSchema;
import io.postmortem.core.checklist.Subject;
import io.postmortem.core.postmortem.ActionItem;
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
 * <p>Arguments of {@code too-late}: key, summary, due date, days after the postmortem, limit,
 * priority (ordinal of {@code PriorityLevel}), horizon (ordinal of {@code Horizon}, 0 when unset),
 * severity (ordinal of {@code Severity}).
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
      checkItem(postmortem, item, incidentSeverity, settings, today, findings);
    }
  }

  private static void checkItem(
      Postmortem postmortem,
      ActionItem item,
      Severity incidentSeverity,
      ChecklistSettings settings,
      LocalDate today,
      Findings findings) {
    DueDateLimits limits = settings.dueDateLimits();
    int limit = limits.daysFor(incidentSeverity, item.priority(), item.horizon());
    Subject subject = Subject.actionItem(item.key());
    LocalDate due = item.dueDate();
    if (due == null) {
      // Say by when: the latest date the item's limit allows, so the fix is one field away.
      findings.add(
          "missing",
          subject,
          item.key(),
          item.summary(),
          limits.latestDueDate(
              postmortem.createdOn(), incidentSeverity, item.priority(), item.horizon()),
          limit);
      return;
    }
    long daysAfter = ChronoUnit.DAYS.between(postmortem.createdOn(), due);
    if (daysAfter > limit) {
      findings.add(
          "too-late",
          subject,
          item.key(),
          item.summary(),
          due,
          daysAfter,
          limit,
          item.priority().ordinal(),
          item.horizon() == null ? 0 : item.horizon().ordinal(),
          incidentSeverity.ordinal());
    }
    if (settings.reportOverdueItems() && !item.done() && due.isBefore(today)) {
      findings.add(
          "overdue", subject, item.key(), item.summary(), due, ChronoUnit.DAYS.between(due, today));
    }
  }
}

package io.postmortem.core.checklist.rule;

import io.postmortem.core.checklist.ChecklistRule;
import io.postmortem.core.checklist.ChecklistSettings;
import io.postmortem.core.checklist.RuleSeverity;
import io.postmortem.core.checklist.Subject;
import io.postmortem.core.checklist.Violation;
import io.postmortem.core.postmortem.ActionItem;
import io.postmortem.core.postmortem.Postmortem;
import java.time.LocalDate;
import java.util.List;

/**
 * Every Critical or High item says how success will be measured, so that closing the ticket is not
 * mistaken for the fix working. A template placeholder ("TBD") does not count as a measure.
 */
public final class SuccessMeasureRule implements ChecklistRule {

  public static final String ID = "success-measure";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public RuleSeverity defaultSeverity() {
    return RuleSeverity.BLOCK;
  }

  @Override
  public List<Violation> check(
      Postmortem postmortem, ChecklistSettings settings, RuleSeverity severity, LocalDate today) {
    Findings findings = new Findings(ID, severity);
    Placeholders placeholders = new Placeholders(settings.placeholders());
    for (ActionItem item : postmortem.actionItems()) {
      if (item.priority().isCriticalOrHigh()
          && placeholders.isEmptyOrPlaceholder(item.successMeasure())) {
        findings.add(
            "postmortem.rule.success-measure.missing",
            Subject.actionItem(item.key()),
            item.key(),
            item.summary(),
            item.priority().ordinal());
      }
    }
    return findings.list();
  }
}

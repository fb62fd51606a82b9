package io.postmortem.core.checklist.rule;

import io.postmortem.core.checklist.ChecklistRule;
import io.postmortem.core.checklist.ChecklistSettings;
import io.postmortem.core.checklist.RuleSeverity;
import io.postmortem.core.checklist.Subject;
import io.postmortem.core.checklist.Violation;
import io.postmortem.core.postmortem.Postmortem;
import java.time.LocalDate;
import java.util.List;

/**
 * Between a minimum (default 1) and a maximum (default 10) action items: "too many items are as bad
 * as none", because a long list is never finished.
 */
public final class ActionItemCountRule implements ChecklistRule {

  public static final String ID = "action-item-count";

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
    int count = postmortem.actionItems().size();
    Subject subject = Subject.postmortem(postmortem.key());
    if (count < settings.minActionItems()) {
      findings.add(
          "postmortem.rule.action-item-count.too-few", subject, count, settings.minActionItems());
    } else if (count > settings.maxActionItems()) {
      findings.add(
          "postmortem.rule.action-item-count.too-many", subject, count, settings.maxActionItems());
    }
    return findings.list();
  }
}

package io.postmortem.core.checklist.rule;

import io.postmortem.core.checklist.ChecklistSettings;
import io.postmortem.core.checklist.RuleSeverity;
import io.postmortem.core.checklist.Subject;
import io.postmortem.core.postmortem.Postmortem;
import java.time.LocalDate;

/**
 * Between a minimum (default 1) and a maximum (default 10) action items: "too many items are as bad
 * as none", because a long list is never finished.
 */
public final class ActionItemCountRule extends Rule {

  public static final String ID = "action-item-count";

  public ActionItemCountRule() {
    super(ID, RuleSeverity.BLOCK);
  }

  @Override
  void check(
      Postmortem postmortem, ChecklistSettings settings, LocalDate today, Findings findings) {
    int count = postmortem.actionItems().size();
    Subject subject = Subject.postmortem(postmortem.key());
    if (count < settings.minActionItems()) {
      findings.add(
          "postmortem.rule.action-item-count.too-few", subject, count, settings.minActionItems());
    } else if (count > settings.maxActionItems()) {
      findings.add(
          "postmortem.rule.action-item-count.too-many", subject, count, settings.maxActionItems());
    }
  }
}

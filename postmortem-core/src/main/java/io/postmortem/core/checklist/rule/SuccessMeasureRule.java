package io.postmortem.core.checklist.rule;

import static io.postmortem.core.checklist.Argument.choice;
import static io.postmortem.core.checklist.Argument.issue;
import static io.postmortem.core.checklist.Argument.text;

import io.postmortem.core.checklist.ChecklistSettings;
import io.postmortem.core.checklist.RuleDescriptor;
import io.postmortem.core.checklist.RuleSeverity;
import io.postmortem.core.checklist.SettingsSchema;
import io.postmortem.core.checklist.Subject;
import io.postmortem.core.postmortem.ActionItem;
import io.postmortem.core.postmortem.Postmortem;
import java.time.LocalDate;
import java.util.List;

/**
 * Every Critical or High item says how success will be measured, so that closing the ticket is not
 * mistaken for the fix working. A template placeholder ("TBD") does not count as a measure.
 */
public final class SuccessMeasureRule extends Rule {

  public static final String ID = "success-measure";

  public static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(ID, RuleSeverity.BLOCK, List.of(SettingsSchema.PLACEHOLDERS), "missing");

  public SuccessMeasureRule() {
    super(DESCRIPTOR);
  }

  @Override
  void check(
      Postmortem postmortem, ChecklistSettings settings, LocalDate today, Findings findings) {
    Placeholders placeholders = new Placeholders(settings.placeholders());
    for (ActionItem item : postmortem.actionItems()) {
      if (item.priority().isCriticalOrHigh()
          && placeholders.isEmptyOrPlaceholder(item.successMeasure())) {
        findings.add(
            "missing",
            Subject.actionItem(item.key()),
            issue(item.key()),
            text(item.summary()),
            choice(item.priority()));
      }
    }
  }
}

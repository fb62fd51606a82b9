package io.postmortem.core.checklist.rule;

import static io.postmortem.core.checklist.Argument.count;

import io.postmortem.core.checklist.ChecklistSettings;
import io.postmortem.core.checklist.RuleDescriptor;
import io.postmortem.core.checklist.RuleSeverity;
import io.postmortem.core.checklist.SettingsSchema;
import io.postmortem.core.checklist.Subject;
import io.postmortem.core.postmortem.Postmortem;
import java.time.LocalDate;
import java.util.List;

/**
 * Between a minimum (default 1) and a maximum (default 10) action items: "too many items are as bad
 * as none", because a long list is never finished.
 */
public final class ActionItemCountRule extends Rule {

  public static final String ID = "action-item-count";

  public static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          ID,
          RuleSeverity.BLOCK,
          List.of(SettingsSchema.MIN_ITEMS, SettingsSchema.MAX_ITEMS),
          "too-few",
          "too-many");

  public ActionItemCountRule() {
    super(DESCRIPTOR);
  }

  @Override
  void check(
      Postmortem postmortem, ChecklistSettings settings, LocalDate today, Findings findings) {
    int count = postmortem.actionItems().size();
    Subject subject = Subject.postmortem(postmortem.key());
    if (count < settings.minActionItems()) {
      findings.add("too-few", subject, count(count), count(settings.minActionItems()));
    } else if (count > settings.maxActionItems()) {
      findings.add("too-many", subject, count(count), count(settings.maxActionItems()));
    }
  }
}

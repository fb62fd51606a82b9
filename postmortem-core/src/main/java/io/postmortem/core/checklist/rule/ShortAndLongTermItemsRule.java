package io.postmortem.core.checklist.rule;

import static io.postmortem.core.checklist.Argument.count;
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
import java.time.LocalDate;
import java.util.List;

/**
 * Both a quick fix and a structural change: at least one short-term and one long-term item
 * (minimums configurable). An item nobody placed on either horizon is reported, since it cannot be
 * counted.
 */
public final class ShortAndLongTermItemsRule extends Rule {

  public static final String ID = "short-and-long-term-items";

  public static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          ID,
          RuleSeverity.BLOCK,
          List.of(SettingsSchema.MIN_SHORT_TERM, SettingsSchema.MIN_LONG_TERM),
          "too-few-short-term",
          "too-few-long-term",
          "no-horizon");

  public ShortAndLongTermItemsRule() {
    super(DESCRIPTOR);
  }

  @Override
  void check(
      Postmortem postmortem, ChecklistSettings settings, LocalDate today, Findings findings) {
    int shortTerm = 0;
    int longTerm = 0;
    for (ActionItem item : postmortem.actionItems()) {
      if (item.horizon() == Horizon.SHORT_TERM) {
        shortTerm++;
      } else if (item.horizon() == Horizon.LONG_TERM) {
        longTerm++;
      }
    }
    Subject subject = Subject.postmortem(postmortem.key());
    if (shortTerm < settings.minShortTermItems()) {
      findings.add(
          "too-few-short-term", subject, count(shortTerm), count(settings.minShortTermItems()));
    }
    if (longTerm < settings.minLongTermItems()) {
      findings.add(
          "too-few-long-term", subject, count(longTerm), count(settings.minLongTermItems()));
    }
    for (ActionItem item : postmortem.actionItems()) {
      if (item.horizon() == null) {
        findings.add(
            "no-horizon", Subject.actionItem(item.key()), issue(item.key()), text(item.summary()));
      }
    }
  }
}

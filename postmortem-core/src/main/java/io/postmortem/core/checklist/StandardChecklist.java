package io.postmortem.core.checklist;

import io.postmortem.core.checklist.rule.ActionItemCountRule;
import io.postmortem.core.checklist.rule.BlamelessLanguageRule;
import io.postmortem.core.checklist.rule.CriticalOrHighItemRule;
import io.postmortem.core.checklist.rule.DueWithinLimitRule;
import io.postmortem.core.checklist.rule.IncidentLinkedRule;
import io.postmortem.core.checklist.rule.OwnersConfirmedRule;
import io.postmortem.core.checklist.rule.RecurrenceReviewedRule;
import io.postmortem.core.checklist.rule.RequiredSectionsRule;
import io.postmortem.core.checklist.rule.ReviewWithinBusinessDaysRule;
import io.postmortem.core.checklist.rule.ShortAndLongTermItemsRule;
import io.postmortem.core.checklist.rule.SpecificActionItemsRule;
import io.postmortem.core.checklist.rule.SuccessMeasureRule;
import io.postmortem.core.checklist.rule.TimelineRule;
import java.util.List;

/**
 * The checklist of the practice, every rule in report order: first what the postmortem is about,
 * then its action items (the part teams most often get wrong), then its write-up and meeting, then
 * whether earlier incidents that rhyme were looked at, and the language last because it only warns
 * by default.
 */
public final class StandardChecklist {

  private static final List<RuleDescriptor> DESCRIPTORS =
      engine().rules().stream().map(ChecklistRule::descriptor).toList();

  private StandardChecklist() {}

  public static ChecklistEngine engine() {
    return new ChecklistEngine(
        List.of(
            new IncidentLinkedRule(),
            new CriticalOrHighItemRule(),
            new OwnersConfirmedRule(),
            new DueWithinLimitRule(),
            new ShortAndLongTermItemsRule(),
            new ActionItemCountRule(),
            new SuccessMeasureRule(),
            new SpecificActionItemsRule(),
            new RequiredSectionsRule(),
            new TimelineRule(),
            new ReviewWithinBusinessDaysRule(),
            new RecurrenceReviewedRule(),
            new BlamelessLanguageRule()));
  }

  /** The rule ids in report order, e.g. for the admin page. */
  public static List<String> ruleIds() {
    return descriptors().stream().map(RuleDescriptor::id).toList();
  }

  /** Every rule's descriptor, in report order. */
  public static List<RuleDescriptor> descriptors() {
    return DESCRIPTORS;
  }
}

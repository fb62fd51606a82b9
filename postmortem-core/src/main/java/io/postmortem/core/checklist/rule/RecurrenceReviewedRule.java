package io.postmortem.core.checklist.rule;

import static io.postmortem.core.checklist.Argument.count;
import static io.postmortem.core.checklist.Argument.issue;

import io.postmortem.core.checklist.ChecklistSettings;
import io.postmortem.core.checklist.RuleDescriptor;
import io.postmortem.core.checklist.RuleSeverity;
import io.postmortem.core.checklist.SettingsSchema;
import io.postmortem.core.checklist.Subject;
import io.postmortem.core.postmortem.Postmortem;
import java.time.LocalDate;
import java.util.List;

/**
 * Every earlier incident the recurrence guard suggested is marked related or unrelated. The point
 * of the practice is that the same incident does not happen twice: before publishing, the author
 * looks at what rhymes and says whether the earlier fixes failed. Warns by default, since a
 * suggestion is only a guess. The message counts the unmarked suggestions instead of naming them: a
 * suggestion may be an issue the reader of the checklist cannot browse, and the panel lists the
 * ones they can.
 */
public final class RecurrenceReviewedRule extends Rule {

  public static final String ID = "recurrence-reviewed";

  public static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          ID, RuleSeverity.WARN, List.of(SettingsSchema.REOPEN_RECURRED_ITEMS), "unmarked");

  public RecurrenceReviewedRule() {
    super(DESCRIPTOR);
  }

  @Override
  void check(
      Postmortem postmortem, ChecklistSettings settings, LocalDate today, Findings findings) {
    long unmarked =
        postmortem.recurrences().stream().filter(suggestion -> !suggestion.isMarked()).count();
    if (unmarked > 0) {
      findings.add(
          "unmarked",
          Subject.postmortem(postmortem.key()),
          issue(postmortem.key()),
          count(unmarked));
    }
  }
}

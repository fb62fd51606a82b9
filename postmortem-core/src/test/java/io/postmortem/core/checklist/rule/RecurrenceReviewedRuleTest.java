package io.postmortem.core.checklist.rule;

import static io.postmortem.core.checklist.Argument.count;
import static io.postmortem.core.checklist.Argument.issue;
import static io.postmortem.core.checklist.rule.RuleTesting.check;
import static io.postmortem.core.postmortem.PostmortemBuilder.aPublishablePostmortem;
import static org.junit.Assert.assertEquals;

import io.postmortem.core.checklist.RuleSeverity;
import io.postmortem.core.checklist.Subject;
import io.postmortem.core.checklist.Violation;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.recurrence.SuggestedRecurrence;
import io.postmortem.core.recurrence.Verdict;
import java.util.List;
import org.junit.Test;

public class RecurrenceReviewedRuleTest {

  private final RecurrenceReviewedRule rule = new RecurrenceReviewedRule();

  @Test
  public void passesWhenNothingWasSuggested() {
    Postmortem postmortem = aPublishablePostmortem().build();

    List<Violation> violations = check(rule, postmortem);

    assertEquals(List.of(), violations);
  }

  @Test
  public void passesWhenEverySuggestionIsMarkedRelatedOrUnrelated() {
    Postmortem postmortem =
        aPublishablePostmortem()
            .withRecurrences(
                new SuggestedRecurrence("INC-3", Verdict.RELATED),
                new SuggestedRecurrence("INC-4", Verdict.UNRELATED))
            .build();

    List<Violation> violations = check(rule, postmortem);

    assertEquals(List.of(), violations);
  }

  @Test
  public void failsOnceCountingTheSuggestionsNobodyMarkedWithoutNamingThem() {
    Postmortem postmortem =
        aPublishablePostmortem()
            .withKey("PM-2")
            .withRecurrences(
                SuggestedRecurrence.unmarked("INC-3"),
                new SuggestedRecurrence("INC-4", Verdict.RELATED),
                SuggestedRecurrence.unmarked("PM-1"))
            .build();

    List<Violation> violations = check(rule, postmortem);

    assertEquals(1, violations.size());
    assertEquals("postmortem.rule.recurrence-reviewed.unmarked", violations.get(0).messageKey());
    assertEquals(Subject.postmortem("PM-2"), violations.get(0).subject());
    assertEquals(List.of(issue("PM-2"), count(2)), violations.get(0).args());
  }

  @Test
  public void onlyWarnsByDefault() {
    assertEquals(RuleSeverity.WARN, rule.defaultSeverity());
  }
}

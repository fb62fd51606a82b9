package io.postmortem.core.checklist;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class RuleExcerptTest {

  @Test
  public void leavesOutViolationsAboutItemsTheViewerCannotSeeButKeepsTheOutcome() {
    RuleResult result = failed(item("OPS-1"), item("SECRET-7"), item("OPS-2"));

    RuleExcerpt excerpt = RuleExcerpt.of(result, HiddenIssues.of(List.of("SECRET-7")));

    assertEquals(List.of("OPS-1", "OPS-2"), refs(excerpt.shown()));
    assertEquals(1, excerpt.hiddenIssues());
    assertEquals(0, excerpt.more());
    assertEquals(RuleOutcome.FAILED, excerpt.outcome());
  }

  @Test
  public void hidesLanguageFindingsInTheTextOfAHiddenItem() {
    Violation inHiddenSummary =
        new Violation(
            "blameless-language",
            RuleSeverity.WARN,
            "postmortem.rule.blameless-language.finding",
            List.of(
                new Argument.Finding(
                    "forgot to",
                    TextField.itemSummary("SECRET-7"),
                    "Bob forgot to rotate the secret key",
                    "postmortem.language.suggestion.forgot",
                    "fp-1")),
            Subject.textSpan(TextField.itemSummary("SECRET-7"), 4, 13));
    Violation inSection =
        new Violation(
            "blameless-language",
            RuleSeverity.WARN,
            "postmortem.rule.blameless-language.finding",
            List.of(
                new Argument.Finding(
                    "human error",
                    "section:SUMMARY",
                    "It was human error.",
                    "postmortem.language.suggestion.blame-label",
                    "fp-2")),
            Subject.textSpan("section:SUMMARY", 7, 18));

    RuleExcerpt excerpt =
        RuleExcerpt.of(
            new RuleResult(
                "blameless-language", RuleOutcome.WARNED, List.of(inHiddenSummary, inSection)),
            HiddenIssues.of(List.of("SECRET-7")));

    assertEquals(List.of(inSection), excerpt.shown());
    assertEquals(1, excerpt.hiddenIssues());
  }

  @Test
  public void hidesAViolationThatNamesAHiddenIssueInItsArguments() {
    Violation namesHidden =
        new Violation(
            "critical-or-high-item",
            RuleSeverity.BLOCK,
            "postmortem.rule.x",
            List.of(Argument.issue("SECRET-7"), Argument.text("Rotate keys")),
            Subject.postmortem("PM-1"));

    RuleExcerpt excerpt = RuleExcerpt.of(failed(namesHidden), HiddenIssues.of(List.of("SECRET-7")));

    assertEquals(List.of(), excerpt.shown());
    assertEquals(1, excerpt.hiddenIssues());
  }

  @Test
  public void countsEachHiddenItemOnceHoweverManyFindingsItHas() {
    RuleResult result = failed(item("SECRET-7"), item("SECRET-7"), item("SECRET-8"));

    RuleExcerpt excerpt = RuleExcerpt.of(result, HiddenIssues.of(List.of("SECRET-7", "SECRET-8")));

    assertEquals(2, excerpt.hiddenIssues());
  }

  @Test
  public void showsAtMostTheLimitAndCountsTheRest() {
    List<Violation> many = new ArrayList<>();
    for (int i = 1; i <= 10_000; i++) {
      many.add(item("OPS-" + i));
    }

    RuleExcerpt excerpt = RuleExcerpt.of(failed(many), HiddenIssues.none(), 5);

    assertEquals(List.of("OPS-1", "OPS-2", "OPS-3", "OPS-4", "OPS-5"), refs(excerpt.shown()));
    assertEquals(9_995, excerpt.more());
  }

  @Test
  public void showsOneViolationOverTheLimitRatherThanSayingOneMore() {
    RuleResult six =
        failed(
            item("OPS-1"),
            item("OPS-2"),
            item("OPS-3"),
            item("OPS-4"),
            item("OPS-5"),
            item("OPS-6"));

    RuleExcerpt excerpt = RuleExcerpt.of(six, HiddenIssues.none(), 5);

    assertEquals(6, excerpt.shown().size());
    assertEquals(0, excerpt.more());
  }

  private static RuleResult failed(Violation... violations) {
    return failed(List.of(violations));
  }

  private static RuleResult failed(List<Violation> violations) {
    return new RuleResult("owners-confirmed", RuleOutcome.FAILED, violations);
  }

  private static Violation item(String key) {
    return new Violation(
        "owners-confirmed",
        RuleSeverity.BLOCK,
        "postmortem.rule.owners-confirmed.not-confirmed",
        List.of(
            Argument.issue(key), Argument.text("summary of " + key), Argument.user("JIRAUSER1")),
        Subject.actionItem(key));
  }

  private static List<String> refs(List<Violation> violations) {
    return violations.stream().map(v -> v.subject().ref()).toList();
  }
}

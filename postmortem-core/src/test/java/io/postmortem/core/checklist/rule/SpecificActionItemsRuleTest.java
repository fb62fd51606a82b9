package io.postmortem.core.checklist.rule;

import static io.postmortem.core.checklist.Argument.issue;
import static io.postmortem.core.checklist.Argument.text;
import static io.postmortem.core.checklist.rule.RuleTesting.check;
import static io.postmortem.core.checklist.rule.RuleTesting.keys;
import static io.postmortem.core.checklist.rule.RuleTesting.settings;
import static io.postmortem.core.postmortem.ActionItemBuilder.anActionItem;
import static io.postmortem.core.postmortem.PostmortemBuilder.TODAY;
import static io.postmortem.core.postmortem.PostmortemBuilder.aPublishablePostmortem;
import static org.junit.Assert.assertEquals;

import io.postmortem.core.checklist.Violation;
import io.postmortem.core.postmortem.Postmortem;
import java.util.List;
import org.junit.Test;

public class SpecificActionItemsRuleTest {

  private final SpecificActionItemsRule rule = new SpecificActionItemsRule();

  private static Postmortem withItemSummaries(String... summaries) {
    return aPublishablePostmortem()
        .withActionItems(
            java.util.stream.IntStream.range(0, summaries.length)
                .mapToObj(
                    i ->
                        anActionItem("OPS-" + (i + 1))
                            .withSummary(summaries[i])
                            .withSuccessMeasure("")
                            .build())
                .toList())
        .build();
  }

  @Test
  public void passesWhenItemsChangeTheSystem() {
    Postmortem postmortem =
        withItemSummaries(
            "Alert on queue depth above 10,000 messages",
            "Investigate why the lag alarm stayed silent and add a synthetic check for it",
            "Runbook: link the consumer lag dashboard",
            "Alarm für die Warteschlangenlänge einrichten");

    assertEquals(List.of(), check(rule, postmortem));
  }

  @Test
  public void failsWhenAnItemAsksPeopleToBeMoreCareful() {
    Postmortem postmortem = withItemSummaries("Engineers must be more careful when deploying");

    List<Violation> violations = check(rule, postmortem);

    assertEquals(List.of("postmortem.rule.specific-action-items.vague-phrase"), keys(violations));
    assertEquals(
        List.of(
            issue("OPS-1"),
            text("Engineers must be more careful when deploying"),
            text("be more careful")),
        violations.get(0).args());
  }

  @Test
  public void failsOnGermanVaguePhrases() {
    Postmortem postmortem =
        withItemSummaries("Beim Deployment besser aufpassen", "Sei vorsichtiger mit Konfiguration");

    assertEquals(
        List.of(
            "postmortem.rule.specific-action-items.vague-phrase",
            "postmortem.rule.specific-action-items.vague-phrase"),
        keys(check(rule, postmortem)));
  }

  @Test
  public void failsWhenInvestigateStandsAlone() {
    Postmortem postmortem =
        withItemSummaries("Investigate the issue further", "Problem untersuchen");

    List<Violation> violations = check(rule, postmortem);

    assertEquals(
        List.of(
            "postmortem.rule.specific-action-items.bare-verb",
            "postmortem.rule.specific-action-items.bare-verb"),
        keys(violations));
    assertEquals(text("untersuchen"), violations.get(1).args().get(2));
  }

  @Test
  public void failsWhenImproveHasNoMeasureButPassesWithOne() {
    Postmortem without = withItemSummaries("Improve monitoring");
    Postmortem with =
        aPublishablePostmortem()
            .withActionItems(
                anActionItem("OPS-1")
                    .withSummary("Improve monitoring")
                    .withSuccessMeasure("Lag visible on the on-call dashboard within 1 minute")
                    .build())
            .build();

    assertEquals(
        List.of("postmortem.rule.specific-action-items.improve-without-measure"),
        keys(check(rule, without)));
    assertEquals(List.of(), check(rule, with));
  }

  @Test
  public void failsOnAPhraseTheAdminAdded() {
    Postmortem postmortem = withItemSummaries("Socialise the learnings with all teams");

    List<Violation> violations =
        check(
            rule,
            postmortem,
            settings("vague.phrases.en", "socialise the learnings|synergy"),
            TODAY);

    assertEquals(text("socialise the learnings"), violations.get(0).args().get(2));
  }

  @Test
  public void ignoresGermanPhrasesWhenOnlyEnglishIsConfigured() {
    Postmortem postmortem = withItemSummaries("Beim Deployment besser aufpassen");

    assertEquals(List.of(), check(rule, postmortem, settings("languages", "en"), TODAY));
  }
}

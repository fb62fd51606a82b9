package io.postmortem.core.checklist.rule;

import static io.postmortem.core.checklist.rule.RuleTesting.check;
import static io.postmortem.core.checklist.rule.RuleTesting.keys;
import static io.postmortem.core.postmortem.ActionItemBuilder.anActionItem;
import static io.postmortem.core.postmortem.PostmortemBuilder.aPublishablePostmortem;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.postmortem.core.checklist.Argument;
import io.postmortem.core.checklist.Subject;
import io.postmortem.core.checklist.Violation;
import io.postmortem.core.postmortem.LanguageOverride;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.SectionKind;
import java.time.Instant;
import java.util.List;
import org.junit.Test;

public class BlamelessLanguageRuleTest {

  private static final String BLAMING = "The outage happened because of human error.";

  private final BlamelessLanguageRule rule = new BlamelessLanguageRule();

  @Test
  public void passesOnBlamelessText() {
    assertEquals(List.of(), check(rule, aPublishablePostmortem().build()));
  }

  @Test
  public void failsOnBlameInASectionWithItsSpan() {
    Postmortem postmortem =
        aPublishablePostmortem().withSection(SectionKind.ROOT_CAUSES, BLAMING).build();

    List<Violation> violations = check(rule, postmortem);

    assertEquals(List.of("postmortem.rule.blameless-language.finding"), keys(violations));
    int start = BLAMING.indexOf("human error");
    assertEquals(
        Subject.textSpan("section:ROOT_CAUSES", start, start + "human error".length()),
        violations.get(0).subject());
    assertEquals(
        "human error",
        violations.get(0).first(Argument.Finding.class).orElseThrow().phrase().toLowerCase());
  }

  @Test
  public void failsOnBlameInAnItemSummary() {
    Postmortem postmortem =
        aPublishablePostmortem()
            .withActionItems(
                anActionItem("OPS-1")
                    .withSummary("Remind the careless operator of the runbook")
                    .build())
            .build();

    List<Violation> violations = check(rule, postmortem);

    assertEquals(1, violations.size());
    assertEquals("item:OPS-1:summary", violations.get(0).subject().ref());
  }

  @Test
  public void skipsAFindingKeptWithAReason() {
    Postmortem flagged =
        aPublishablePostmortem().withSection(SectionKind.ROOT_CAUSES, BLAMING).build();
    String fingerprint =
        check(rule, flagged).get(0).first(Argument.Finding.class).orElseThrow().fingerprint();
    Postmortem kept =
        aPublishablePostmortem()
            .withSection(SectionKind.ROOT_CAUSES, BLAMING)
            .withLanguageOverrides(
                new LanguageOverride(
                    fingerprint, "Quoting the vendor's report", "carol", Instant.EPOCH))
            .build();

    List<Violation> violations = check(rule, kept);

    assertTrue(violations.isEmpty());
  }

  @Test
  public void failsOnGermanBlameInAGermanSectionWithBothLanguagesConfigured() {
    Postmortem postmortem =
        aPublishablePostmortem()
            .withSection(
                SectionKind.WENT_WRONG,
                "Der Kollege hätte die Konfiguration vor dem Deployment prüfen sollen, und der"
                    + " Alarm war zu leise, weil die Schwelle für den Pool nicht stimmte.")
            .build();

    List<Violation> violations = check(rule, postmortem);

    assertEquals(List.of("postmortem.rule.blameless-language.finding"), keys(violations));
    assertEquals("section:WENT_WRONG", violations.get(0).subject().ref());
  }
}

package io.postmortem.core.language;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

import java.util.List;
import org.junit.Test;

public class LanguageFindingTest {
  private final BlamelessLanguageScanner scanner =
      BlamelessLanguageScanner.forLanguage("en", List.of());

  /** Values computed by the fingerprint as released (main e438dc9); stored overrides hold them. */
  @Test
  public void fingerprintKeepsTheValuesStoredOverridesHold() {
    assertEquals(
        "impact:blame_label:9cb2686205cc1e78",
        LanguageFinding.fingerprint(
            "impact",
            finding(
                PhraseCategory.BLAME_LABEL,
                "Human Error",
                "Root cause:  Human\tError at 09:12 \u2019s deploy.")));
    assertEquals(
        "item-summary:OPS-7:counterfactual:156d95ade22f4525",
        LanguageFinding.fingerprint(
            "item-summary:OPS-7",
            finding(
                PhraseCategory.COUNTERFACTUAL,
                "should have",
                "The operator should have checked the pool size before the deploy.")));
    assertEquals(
        "root-causes:individual_fault:d9ed719d3e99469f",
        LanguageFinding.fingerprint(
            "root-causes",
            finding(
                PhraseCategory.INDIVIDUAL_FAULT,
                "vers\u00E4umt",
                "  Der Kollege hat die Pr\u00FCfung VERS\u00C4UMT, \u0130stanbul.  ")));
  }

  private static LanguageFinding finding(PhraseCategory category, String matched, String sentence) {
    return new LanguageFinding(0, 1, matched, category, "k", sentence);
  }

  @Test
  public void fingerprintSurvivesEditsToOtherSentences() {
    LanguageFinding before = scanner.scan("Intro. The engineer was careless.").get(0);
    LanguageFinding after =
        scanner.scan("A much longer intro was added here. The engineer was careless.").get(0);

    assertNotEquals(before.start(), after.start());
    assertEquals(
        LanguageFinding.fingerprint("impact", before),
        LanguageFinding.fingerprint("impact", after));
  }

  @Test
  public void fingerprintIgnoresSpacingAndCase() {
    LanguageFinding one = scanner.scan("The engineer was careless.").get(0);
    LanguageFinding two = scanner.scan("The  engineer was\nCareless.").get(0);

    assertEquals(
        LanguageFinding.fingerprint("impact", one), LanguageFinding.fingerprint("impact", two));
  }

  @Test
  public void fingerprintChangesWhenTheSentenceChanges() {
    LanguageFinding one = scanner.scan("The engineer was careless.").get(0);
    LanguageFinding two = scanner.scan("The contractor was careless.").get(0);

    assertNotEquals(
        LanguageFinding.fingerprint("impact", one), LanguageFinding.fingerprint("impact", two));
  }

  @Test
  public void fingerprintDiffersByField() {
    LanguageFinding finding = scanner.scan("The engineer was careless.").get(0);

    assertNotEquals(
        LanguageFinding.fingerprint("impact", finding),
        LanguageFinding.fingerprint("root-causes", finding));
  }

  @Test
  public void fingerprintStartsWithFieldAndCategory() {
    LanguageFinding finding = scanner.scan("The engineer was careless.").get(0);

    assertEquals(
        "impact:blame_label:", LanguageFinding.fingerprint("impact", finding).substring(0, 19));
  }

  @Test
  public void fingerprintIgnoresSpaceAroundTheSentenceAndCaseFromAToZ() {
    LanguageFinding plain =
        finding(PhraseCategory.BLAME_LABEL, "human error", "a zone outage was human error.");
    LanguageFinding spaced =
        finding(PhraseCategory.BLAME_LABEL, "Human Error", " \tA ZONE outage was Human Error.  ");

    assertEquals(
        LanguageFinding.fingerprint("impact", plain),
        LanguageFinding.fingerprint("impact", spaced));
  }
}

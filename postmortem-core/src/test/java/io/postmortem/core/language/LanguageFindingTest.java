package io.postmortem.core.language;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

import java.util.List;
import org.junit.Test;

public class LanguageFindingTest {
  private final BlamelessLanguageScanner scanner =
      BlamelessLanguageScanner.forLanguage("en", List.of());

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
}

package io.postmortem.core.language;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.Test;

/**
 * Property-style checks with a home-made generator and fixed seeds: whatever the text, scan returns
 * findings that lie inside it, in order, and never throws.
 */
public class BlamelessLanguageScannerRobustnessTest {
  private static final String[] FRAGMENTS = {
    "should have ",
    "failed to ",
    "human error",
    "h\u00E4tte ",
    " sollen",
    "nicht ",
    "not ",
    "\"",
    "\u201C",
    "\u201D",
    "\u201E",
    "\u00BB",
    "\u00AB",
    "'",
    "\u2019",
    "\u2018",
    "`",
    "```",
    "{code}",
    "{noformat}",
    "{{",
    "}}",
    "{quote}",
    "http://",
    "www.",
    "\n",
    "\n\n",
    "> ",
    "bq. ",
    ". ",
    "|",
    "- ",
    "\uD83D\uDD25",
    "\uD800",
    "\uDC00",
    "\u0301",
    "\u0000",
    "\t",
    "no one ",
    "someone ",
    "'s ",
    "n't",
    "careless",
    "wenn ",
    "nur ",
    "schuld ",
    "\u00DF",
    "-",
    "\u2026"
  };

  private final List<BlamelessLanguageScanner> scanners =
      List.of(
          BlamelessLanguageScanner.forLanguage("en", List.of("be more careful", "'")),
          BlamelessLanguageScanner.forLanguage("de", List.of("schnell mal")));

  @Test
  public void neverThrowsOnArbitraryUnicode() {
    for (long seed = 1; seed <= 300; seed++) {
      Random random = new Random(seed);
      String text = randomText(random, random.nextInt(400));

      for (BlamelessLanguageScanner scanner : scanners) {
        assertFindingsLieInText(seed, text, scanner.scan(text));
      }
    }
  }

  @Test
  public void neverThrowsOnMixturesOfPhrasesAndMarkup() {
    for (long seed = 1; seed <= 300; seed++) {
      Random random = new Random(seed);
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(60); i > 0; i--) {
        text.append(
            random.nextBoolean()
                ? FRAGMENTS[random.nextInt(FRAGMENTS.length)]
                : randomText(random, 3));
      }

      for (BlamelessLanguageScanner scanner : scanners) {
        assertFindingsLieInText(seed, text.toString(), scanner.scan(text.toString()));
      }
    }
  }

  @Test
  public void handlesHundredThousandCharsOfQuotesAndRandomText() {
    String[] texts = {
      "\"".repeat(100_000),
      "\u201E".repeat(100_000),
      "'a ".repeat(33_000),
      "`".repeat(100_000),
      "{code}".repeat(16_000),
      "\uD800".repeat(100_000),
      "should have ".repeat(8_000),
      randomText(new Random(42), 100_000)
    };

    for (String text : texts) {
      for (BlamelessLanguageScanner scanner : scanners) {
        assertFindingsLieInText(0, text, scanner.scan(text));
      }
    }
  }

  @Test
  public void findsEveryRepetitionInALongText() {
    String text = "The engineer was careless. ".repeat(5_000);

    List<LanguageFinding> findings = scanners.get(0).scan(text);

    assertEquals(5_000, findings.size());
  }

  private static void assertFindingsLieInText(
      long seed, String text, List<LanguageFinding> findings) {
    int previousStart = -1;
    for (LanguageFinding finding : findings) {
      String where = "seed " + seed + ": " + finding;
      assertTrue(
          where,
          0 <= finding.start()
              && finding.start() < finding.end()
              && finding.end() <= text.length());
      assertTrue(where, finding.start() >= previousStart);
      assertEquals(where, text.substring(finding.start(), finding.end()), finding.matchedText());
      previousStart = finding.start();
    }
  }

  /** Code points from all planes plus unpaired surrogates, weighted toward letters and spaces. */
  private static String randomText(Random random, int length) {
    StringBuilder out = new StringBuilder(length);
    while (out.length() < length) {
      int pick = random.nextInt(10);
      if (pick < 4) {
        out.append((char) ('a' + random.nextInt(26)));
      } else if (pick < 6) {
        out.append(' ');
      } else if (pick < 7) {
        out.append((char) (0xD800 + random.nextInt(0x800)));
      } else if (pick < 8) {
        out.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
      } else {
        out.append((char) random.nextInt(0x3000));
      }
    }
    return out.toString();
  }
}

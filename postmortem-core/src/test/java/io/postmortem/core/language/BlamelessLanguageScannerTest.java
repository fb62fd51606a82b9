package io.postmortem.core.language;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.Test;

public class BlamelessLanguageScannerTest {
  private final BlamelessLanguageScanner english =
      BlamelessLanguageScanner.forLanguage("en", List.of());
  private final BlamelessLanguageScanner german =
      BlamelessLanguageScanner.forLanguage("de-DE", List.of());

  @Test
  public void returnsNoFindingsForNullOrEmptyText() {
    assertEquals(List.of(), english.scan(null));
    assertEquals(List.of(), english.scan(""));
  }

  @Test
  public void mergesSeveralScannersInOrderOfOffset() {
    String text = "Schuld war der Admin. Later the engineer should have paged.";

    List<LanguageFinding> findings = BlamelessLanguageScanner.scan(text, List.of(english, german));

    assertEquals(
        List.of(german.scan(text).get(0), english.scan(text).get(0)), findings.subList(0, 2));
    assertTrue(findings.get(0).start() < findings.get(1).start());
  }

  @Test
  public void reportsASpanFlaggedBySeveralScannersOnce() {
    String text = "The engineer should have paged. Root cause: human error.";

    assertEquals(
        english.scan(text), BlamelessLanguageScanner.scan(text, List.of(english, english)));
  }

  @Test
  public void reportsUtf16OffsetsAfterSurrogatePairs() {
    String text = "\uD83D\uDD25\uD83D\uDE80 Outage. The \uD835\uDC9C engineer should have paged.";

    LanguageFinding finding = english.scan(text).get(0);

    assertEquals(text.indexOf("should have"), finding.start());
    assertEquals(text.indexOf("should have") + "should have".length(), finding.end());
    assertEquals("should have", text.substring(finding.start(), finding.end()));
  }

  @Test
  public void reportsCategorySuggestionKeyAndMatchedText() {
    LanguageFinding finding = english.scan("Root cause: Human Error.").get(0);

    assertEquals("Human Error", finding.matchedText());
    assertEquals(PhraseCategory.BLAME_LABEL, finding.category());
    assertEquals("postmortem.language.suggestion.blame-label", finding.suggestionKey());
  }

  @Test
  public void returnsFindingsInOrderOfOffset() {
    List<LanguageFinding> findings =
        english.scan(
            "It was careless. The engineer forgot to page. If only we had a canary. Human error.");

    assertEquals(
        List.of("careless", "forgot", "If only", "Human error"),
        findings.stream().map(LanguageFinding::matchedText).toList());
  }

  @Test
  public void matchesAcrossLineBreaksAndCurlyApostrophes() {
    List<LanguageFinding> findings =
        english.scan("The operator shouldn\u2019t\n  have restarted it.");

    assertEquals(1, findings.size());
    assertEquals(PhraseCategory.COUNTERFACTUAL, findings.get(0).category());
    assertEquals("shouldn\u2019t\n  have", findings.get(0).matchedText());
    assertEquals("The operator shouldn't have restarted it.", findings.get(0).sentence());
  }

  @Test
  public void doesNotMatchAcrossSentences() {
    assertEquals(List.of(), english.scan("We should. Have a look at the graph."));
  }

  @Test
  public void matchesAPhraseWithinOneSentenceButNotAcrossTwoOrAcrossListItems() {
    assertEquals(1, english.scan("We should have looked at the graph.").size());
    assertEquals(List.of(), english.scan("We should. Have looked at the graph."));
    assertEquals(List.of(), english.scan("- We should\n- have looked at the graph"));
    assertEquals(List.of(), english.scan("|We should|have looked|"));
  }

  @Test
  public void skipsQuotedText() {
    String[] quoted = {
      "The ticket said \"human error\" at first.",
      "The ticket said \u201Chuman error\u201D at first.",
      "The ticket said 'human error' at first.",
      "Im Ticket stand \u201Emenschliches Versagen\u201C zuerst.",
      "Im Ticket stand \u00BBmenschliches Versagen\u00AB zuerst.",
      "> The engineer should have checked.",
      "bq. The engineer should have checked.",
      "{quote}The engineer should have checked.{quote}"
    };

    for (String text : quoted) {
      BlamelessLanguageScanner scanner = text.startsWith("Im") ? german : english;
      assertEquals(text, List.of(), scanner.scan(text));
    }
  }

  @Test
  public void flagsTheSameWordsWhenTheyAreNotQuoted() {
    assertEquals(1, english.scan("The ticket said human error at first.").size());
    assertEquals(1, german.scan("Im Ticket stand menschliches Versagen zuerst.").size());
    assertEquals(1, english.scan("The engineer should have checked.").size());
  }

  @Test
  public void stillFlagsTextAfterAnApostrophe() {
    List<LanguageFinding> findings =
        english.scan("The team's runbook was fine but the engineer's check was careless.");

    assertEquals(List.of("careless"), findings.stream().map(LanguageFinding::matchedText).toList());
  }

  @Test
  public void aStrayQuoteMarkHidesOnlyItsParagraph() {
    String text = "He said \"we are fine.\n\nThe engineer was careless.";

    assertEquals(1, english.scan(text).size());
  }

  @Test
  public void skipsCodeAndUrls() {
    String[] code = {
      "Run `git blame` on it.",
      "```\nhuman error\n```",
      "{code:java}boolean careless = true;{code}",
      "{noformat}operator error 17{noformat}",
      "The text {{failed to acknowledge}} came from the tool.",
      "See https://example.com/human-error for details.",
      "See www.example.com/careless for details."
    };

    for (String text : code) {
      assertEquals(text, List.of(), english.scan(text));
    }
  }

  @Test
  public void flagsTheSameWordsOutsideCodeAndLinks() {
    String[] prose = {
      "Run git blame on it.",
      "boolean careless = true;",
      "operator error 17",
      "The text failed to acknowledge came from the tool.",
      "See the human error for details."
    };

    for (String text : prose) {
      assertEquals(text, 1, english.scan(text).size());
    }
  }

  @Test
  public void cancelsBlameLabelsAfterNegation() {
    String[] negated = {
      "It was not a human error.",
      "It was not careless.",
      "No one is to blame.",
      "Nobody failed to follow the process.",
      "Human error was not a factor.",
      "Nobody could have predicted it."
    };

    for (String text : negated) {
      assertEquals(text, List.of(), english.scan(text));
    }
  }

  @Test
  public void flagsTheSameBlameWithoutTheNegation() {
    String[] blaming = {
      "It was a human error.",
      "It was careless.",
      "Dave is to blame.",
      "Dave failed to follow the process.",
      "Human error was a factor.",
      "Dave could have predicted it."
    };

    for (String text : blaming) {
      assertEquals(text, 1, english.scan(text).size());
    }
  }

  @Test
  public void keepsShouldNotHaveAsCounterfactual() {
    List<LanguageFinding> findings = english.scan("The reviewer should not have approved it.");

    assertEquals(PhraseCategory.COUNTERFACTUAL, findings.get(0).category());
  }

  @Test
  public void notOnlyDoesNotNegate() {
    assertEquals(1, english.scan("Not only was it careless, it was late.").size());
  }

  @Test
  public void cancelsGermanNegation() {
    assertEquals(List.of(), german.scan("Es war kein menschliches Versagen."));
    assertEquals(List.of(), german.scan("Niemand ist schuld."));
    assertEquals(List.of(), german.scan("Der Admin vergaß nicht, den Job zu starten."));
  }

  @Test
  public void flagsTheSameGermanBlameWithoutTheNegation() {
    assertEquals(1, german.scan("Es war menschliches Versagen.").size());
    assertEquals(1, german.scan("Der Admin ist schuld.").size());
    assertEquals(1, german.scan("Der Admin verga\u00DF, den Job zu starten.").size());
  }

  @Test
  public void matchesGermanVerbBracketAcrossWords() {
    String text = "Der Kollege h\u00E4tte den Alarm pr\u00FCfen sollen.";

    LanguageFinding finding = german.scan(text).get(0);

    assertEquals("h\u00E4tte den Alarm pr\u00FCfen sollen", finding.matchedText());
    assertEquals(PhraseCategory.COUNTERFACTUAL, finding.category());
  }

  @Test
  public void germanVerbBracketIsBoundedToSixWords() {
    String text = "Er h\u00E4tte eins zwei drei vier f\u00FCnf sechs sieben sollen.";

    assertEquals(List.of(), german.scan(text));
  }

  @Test
  public void germanVerbBracketOfSixWordsIsStillMatched() {
    String text = "Er h\u00E4tte eins zwei drei vier f\u00FCnf sechs sollen.";

    assertEquals(1, german.scan(text).size());
  }

  @Test
  public void germanFoldsUmlautSpellings() {
    assertEquals(1, german.scan("Er haette den Alarm pruefen sollen.").size());
  }

  @Test
  public void technicalDebtIsNotGuilt() {
    assertEquals(List.of(), german.scan("Wir haben technische Schulden abgebaut."));
  }

  @Test
  public void guiltLaidOnAPersonIsBlame() {
    assertEquals(1, german.scan("Er hat Schuld an dem Ausfall.").size());
  }

  @Test
  public void systemSubjectFailingIsNotBlame() {
    String[] system = {
      "The job failed to start.",
      "The health check failed to connect.",
      "Failed to connect to the database.",
      "The cache is to blame for the stale reads."
    };

    for (String text : system) {
      assertEquals(text, List.of(), english.scan(text));
    }
  }

  @Test
  public void personFailingIsBlame() {
    LanguageFinding finding = english.scan("The engineer failed to start the failover.").get(0);

    assertEquals(PhraseCategory.INDIVIDUAL_FAULT, finding.category());
    assertEquals("postmortem.language.suggestion.failed-to", finding.suggestionKey());
  }

  @Test
  public void possessionAndObligationAreNotCounterfactual() {
    assertEquals(List.of(), english.scan("Every service should have an owner."));
    assertEquals(List.of(), english.scan("We could have an outage if the quota is not raised."));
    assertEquals(List.of(), english.scan("Nobody should have to wake up for this."));
  }

  @Test
  public void whatSomeoneShouldHaveDoneIsCounterfactual() {
    assertEquals(1, english.scan("The owner should have raised the quota.").size());
  }

  @Test
  public void findsAdminPhrase() {
    BlamelessLanguageScanner scanner =
        BlamelessLanguageScanner.forLanguage("en", Arrays.asList("cowboy deploy", null, " ", "?!"));

    LanguageFinding finding = scanner.scan("That was a Cowboy\nDeploy on Friday.").get(0);

    assertEquals("Cowboy\nDeploy", finding.matchedText());
    assertEquals(PhraseCategory.ADMIN_DEFINED, finding.category());
    assertEquals("postmortem.language.suggestion.admin-defined", finding.suggestionKey());
  }

  @Test
  public void unknownLanguageFallsBackToEnglish() {
    assertEquals(
        1, BlamelessLanguageScanner.forLanguage("fr-FR", null).scan("Human error.").size());
    assertEquals(1, BlamelessLanguageScanner.forLanguage(null, null).scan("Human error.").size());
    assertEquals(
        1,
        BlamelessLanguageScanner.forLanguage("de_AT", null).scan("Menschliches Versagen.").size());
  }

  @Test
  public void sentenceIsTheWholeSentenceWithWhitespaceCollapsed() {
    LanguageFinding finding =
        english.scan("First line.   The  team\n was\tcareless here. Next one.").get(0);

    assertTrue(finding.sentence(), finding.sentence().equals("The team was careless here."));
  }

  @Test
  public void aSentenceWrappedOverTwoLinesIsQuotedOnOne() {
    LanguageFinding finding = english.scan("The team\nwas careless here.").get(0);

    assertEquals("The team was careless here.", finding.sentence());
  }

  @Test
  public void listItemsAndTableCellsAreSeparateSentences() {
    assertEquals(List.of(), english.scan("- We should\n- have a look at the graph"));
    assertEquals(List.of(), english.scan("|We should|have a look|"));
  }

  @Test
  public void abbreviationsDoNotEndTheSentence() {
    LanguageFinding finding = english.scan("Someone, e.g. the operator, was careless.").get(0);

    assertEquals("Someone, e.g. the operator, was careless.", finding.sentence());
  }
}

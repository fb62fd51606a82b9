package io.postmortem.core.checklist.rule;

import static org.junit.Assert.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.Test;

public class TextLanguageTest {

  private static final List<String> BOTH = List.of("en", "de");

  private static List<String> languagesOf(String text) {
    return TextLanguage.decide(TextLanguage.count(text, BOTH), BOTH);
  }

  @Test
  public void picksEnglishForAnEnglishNarrative() {
    String text =
        "At 09:12 the alert paged the on-call engineer. The consumer lag was growing and the"
            + " pool was too small for the traffic. We moved traffic to region B and it recovered"
            + " in ten minutes, with no data lost.";

    assertEquals(List.of("en"), languagesOf(text));
  }

  @Test
  public void picksGermanForAGermanNarrative() {
    String text =
        "Um 09:12 hat der Alarm die Bereitschaft geweckt. Die Warteschlange war voll, und der"
            + " Pool war für den Verkehr zu klein. Wir haben den Verkehr auf die Region B verlegt,"
            + " und die Lage hat sich mit dem neuen Pool auch schnell beruhigt.";

    assertEquals(List.of("de"), languagesOf(text));
  }

  @Test
  public void keepsEveryLanguageForMixedText() {
    String text =
        "The alert paged the on-call engineer and the pool was too small for the traffic. Der"
            + " Kunde schrieb: die Zahlung war nicht möglich und das ist für uns ein Problem, und"
            + " der Support hat sich mit dem Team abgestimmt.";

    assertEquals(BOTH, languagesOf(text));
  }

  @Test
  public void keepsEveryLanguageForShortText() {
    assertEquals(BOTH, languagesOf("Alert on queue depth"));
  }

  @Test
  public void usesTheOnlyConfiguredLanguage() {
    List<String> onlyGerman = List.of("de");

    assertEquals(
        onlyGerman,
        TextLanguage.decide(
            TextLanguage.count("The alert paged the engineer.", onlyGerman), onlyGerman));
  }

  @Test
  public void letsAShortTextFollowTheDocumentsLanguage() {
    assertEquals(
        List.of("en"), TextLanguage.ofShortText("Alert on queue depth", BOTH, List.of("en")));
  }

  @Test
  public void scansAShortTextInEveryLanguageWhenItHoldsAnotherLanguagesWords() {
    assertEquals(
        BOTH, TextLanguage.ofShortText("Alarm für die Warteschlange", BOTH, List.of("en")));
  }

  @Test
  public void countsTheFunctionWordThatEndsTheTextAndTheFirstInEachList() {
    assertEquals(List.of(1, 1), counts("at und"));
    assertEquals(List.of(0, 1), counts("im"));
  }

  @Test
  public void aWordWithOtherLettersOrDigitsIsNoFunctionWord() {
    assertEquals(List.of(0, 1), counts("the1 \u00e9it und"));
  }

  @Test
  public void twelveFunctionWordsAreEnoughToTellAndElevenAreNot() {
    assertEquals(List.of("en"), TextLanguage.decide(new int[] {12, 0}, BOTH));
    assertEquals(BOTH, TextLanguage.decide(new int[] {11, 0}, BOTH));
  }

  @Test
  public void nineteenOfTwentyFunctionWordsMakeALanguageDominant() {
    assertEquals(List.of("en"), TextLanguage.decide(new int[] {19, 1}, BOTH));
    assertEquals(BOTH, TextLanguage.decide(new int[] {18, 2}, BOTH));
  }

  @Test
  public void aShortTextKeepsTheConfiguredLanguagesWhenTheDocumentHasThemAll() {
    assertEquals(BOTH, TextLanguage.ofShortText("Alarm einrichten", BOTH, BOTH));
    assertEquals(List.of("en"), TextLanguage.ofShortText("Alarm", List.of("en"), List.of("en")));
  }

  private static List<Integer> counts(String text) {
    return Arrays.stream(TextLanguage.count(text, BOTH)).boxed().toList();
  }
}

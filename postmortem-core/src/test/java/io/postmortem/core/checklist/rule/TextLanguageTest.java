package io.postmortem.core.checklist.rule;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

public class TextLanguageTest {

  private static final List<String> BOTH = List.of("en", "de");

  @Test
  public void picksEnglishForAnEnglishNarrative() {
    String text =
        "At 09:12 the alert paged the on-call engineer. The consumer lag was growing and the"
            + " pool was too small for the traffic. We moved traffic to region B and it recovered"
            + " in ten minutes, with no data lost.";

    assertEquals(List.of("en"), TextLanguage.of(text, BOTH));
  }

  @Test
  public void picksGermanForAGermanNarrative() {
    String text =
        "Um 09:12 hat der Alarm die Bereitschaft geweckt. Die Warteschlange war voll, und der"
            + " Pool war für den Verkehr zu klein. Wir haben den Verkehr auf die Region B verlegt,"
            + " und die Lage hat sich mit dem neuen Pool auch schnell beruhigt.";

    assertEquals(List.of("de"), TextLanguage.of(text, BOTH));
  }

  @Test
  public void keepsEveryLanguageForMixedText() {
    String text =
        "The alert paged the on-call engineer and the pool was too small for the traffic. Der"
            + " Kunde schrieb: die Zahlung war nicht möglich und das ist für uns ein Problem, und"
            + " der Support hat sich mit dem Team abgestimmt.";

    assertEquals(BOTH, TextLanguage.of(text, BOTH));
  }

  @Test
  public void keepsEveryLanguageForShortText() {
    assertEquals(BOTH, TextLanguage.of("Alert on queue depth", BOTH));
  }

  @Test
  public void usesTheOnlyConfiguredLanguage() {
    assertEquals(List.of("de"), TextLanguage.of("The alert paged the engineer.", List.of("de")));
  }
}

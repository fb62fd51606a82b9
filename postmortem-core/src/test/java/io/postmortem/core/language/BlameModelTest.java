package io.postmortem.core.language;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.postmortem.core.language.BlameModelTraining.Example;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class BlameModelTest {
  private static final String DELAY = "We took too long to page the database team.";

  /** A model small enough to reason about: one word pair counts against a sentence. */
  private static BlameModel tooLong() {
    Map<String, Double> weights = new HashMap<>();
    weights.put("2\ttoo long", 6.0);
    weights.put("1\ttoo", 1.0);
    weights.put("bias\t-", -1.0);
    weights.put("threshold\t-", 0.0);
    return BlameModel.of(weights);
  }

  private static List<LanguageFinding> scan(BlameModel model, String text) {
    return BlamelessLanguageScanner.withModel("en", model).scan(text);
  }

  private static double logit(BlameModel model, String text) {
    return model.maxLogit(Tokenizer.tokenize(text, ExcludedText.of(text)));
  }

  @Test
  public void shippedEnglishModelLoadsAndGermanHasNone() {
    BlameModel english = BlameModel.load("en");

    assertNotNull(english);
    assertNull(BlameModel.load("de"));
    assertTrue(english.threshold() > logit(english, "The disk filled up at 02:14."));
  }

  @Test
  public void aSentenceThePhrasesMissAndTheModelScoresHighIsAJudgmentNamingItsWords() {
    String text = "The disk filled up at 02:14. " + DELAY;
    assertTrue(scan(null, text).isEmpty());

    List<LanguageFinding> findings = scan(tooLong(), text);

    assertEquals(1, findings.size());
    LanguageFinding finding = findings.get(0);
    assertEquals(PhraseCategory.JUDGMENT, finding.category());
    assertEquals("too long", finding.matchedText());
    assertEquals("too long", text.substring(finding.start(), finding.end()));
    assertEquals(DELAY, finding.sentence());
    assertEquals("postmortem.language.suggestion.judgment", finding.suggestionKey());
  }

  @Test
  public void aSentenceTheRulesFlagGetsNoSecondFindingAndOrderIsKept() {
    String text = DELAY + " The engineer should have paged sooner and took too long.";

    List<LanguageFinding> findings = scan(tooLong(), text);

    assertEquals(2, findings.size());
    assertEquals(PhraseCategory.JUDGMENT, findings.get(0).category());
    assertEquals(PhraseCategory.COUNTERFACTUAL, findings.get(1).category());
    assertTrue(findings.get(0).end() <= findings.get(1).start());
  }

  @Test
  public void lengthDividesTheScoreSoALongNeutralSentenceStaysBelow() {
    BlameModel model = tooLong();
    String padded = "We took too long " + "and the replicas caught up again ".repeat(20) + ".";

    assertTrue(logit(model, DELAY) > logit(model, padded));
  }

  @Test
  public void aModelFindingIsOverriddenByItsFingerprintLikeAnyOther() {
    LanguageFinding here = scan(tooLong(), "Intro line. " + DELAY).get(0);
    LanguageFinding edited = scan(tooLong(), "Another intro, edited. " + DELAY).get(0);

    String fingerprint = LanguageFinding.fingerprint("section:timeline", here);

    assertTrue(fingerprint.startsWith("section:timeline:judgment:"));
    assertEquals(fingerprint, LanguageFinding.fingerprint("section:timeline", edited));
  }

  @Test
  public void trainingIsDeterministicAndLearnsTheWordsOfTheBlamefulSide() {
    List<Example> examples =
        List.of(
            new Example("a", "x", "We were far too slow to roll back.", true),
            new Example("b", "x", "The team was far too slow to answer.", true),
            new Example("c", "x", "The replicas were slow to catch up.", false),
            new Example("d", "x", "The team rolled back at noon.", false),
            new Example("e", "x", "We answered the page at noon.", false));

    Map<String, Double> first = BlameModelTraining.train(examples);
    Map<String, Double> second = BlameModelTraining.train(examples);

    assertEquals(first, second);
    assertTrue(first.get("2\ttoo slow") > 0);
    assertTrue(first.get("1\tnoon") < 0);
    assertFalse("a word of one sentence only is dropped", first.containsKey("1\treplicas"));
  }

  /**
   * Paraphrases of the kinds the phrase rules miss (none is a training sentence), each beside a
   * neutral sentence on the same topic: the shipped weights score the judgment higher, and the
   * phrase rules alone flag neither.
   */
  @Test
  public void shippedWeightsRankJudgmentsTheRulesMissAboveTheirNeutralTwins() {
    BlameModel english = BlameModel.load("en");
    String[][] pairs = {
      {
        "The responders were much too slow to call the vendor.",
        "The responders called the vendor at 10:40."
      },
      {
        "Restarting every node at once was a bad call by the operator.",
        "The operator restarted every node at 10:40."
      },
    };
    for (String[] pair : pairs) {
      assertTrue(pair[0], scan(null, pair[0]).isEmpty());
      assertTrue(pair[1], scan(null, pair[1]).isEmpty());
      assertTrue(pair[0], logit(english, pair[0]) > logit(english, pair[1]));
    }
  }
}

package io.postmortem.core.language;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * Where the scanner's sentences and clauses begin and end, and what counts as one word: a phrase is
 * only flagged inside one clause, and a finding quotes its sentence.
 */
public class TokenizerTest {

  private static TokenStream tokens(String text) {
    return Tokenizer.tokenize(text, ExcludedText.of(text));
  }

  /** The words of each sentence, in order; a sentence without words is "". */
  private static List<String> sentences(String text) {
    TokenStream tokens = tokens(text);
    int last = tokens.size() == 0 ? 0 : tokens.sentence(tokens.size() - 1);
    List<StringBuilder> sentences = new ArrayList<>();
    for (int s = 0; s <= last; s++) {
      sentences.add(new StringBuilder());
    }
    for (int t = 0; t < tokens.size(); t++) {
      StringBuilder sentence = sentences.get(tokens.sentence(t));
      sentence.append(sentence.length() == 0 ? "" : " ").append(tokens.norm(t));
    }
    return sentences.stream().map(StringBuilder::toString).toList();
  }

  /** The words of each clause, clauses in order of their first word. */
  private static List<String> clauses(String text) {
    TokenStream tokens = tokens(text);
    Map<Integer, StringBuilder> clauses = new LinkedHashMap<>();
    for (int t = 0; t < tokens.size(); t++) {
      StringBuilder clause = clauses.computeIfAbsent(tokens.clause(t), c -> new StringBuilder());
      clause.append(clause.length() == 0 ? "" : " ").append(tokens.norm(t));
    }
    return clauses.values().stream().map(StringBuilder::toString).toList();
  }

  /** Each word with the chars it covers in the text, as a finding would highlight them. */
  private static List<String> spans(String text) {
    TokenStream tokens = tokens(text);
    List<String> spans = new ArrayList<>();
    for (int t = 0; t < tokens.size(); t++) {
      spans.add(tokens.norm(t) + "@" + tokens.start(t) + "-" + tokens.end(t));
    }
    return spans;
  }

  @Test
  public void endsASentenceAtAStopBeforeASpaceABracketOrTheEndOfTheText() {
    assertEquals(
        List.of("it broke", "then it stopped", "again", "why", "done"),
        sentences("It broke. Then (it stopped.) Again! Why? Done."));
    assertEquals(List.of("version 1 2 is out"), sentences("Version 1.2 is out"));
  }

  @Test
  public void aStopBeforeTheFirstWordStillEndsASentence() {
    assertEquals(List.of("", "restarted"), sentences(". Restarted"));
  }

  @Test
  public void aSingleLineBreakKeepsTheSentenceButAListItemOrBlankLineStartsOne() {
    assertEquals(List.of("the alert fired late"), sentences("The alert\nfired late"));
    assertEquals(List.of("steps", "restart", "drain"), sentences("Steps:\n  - restart\n\t* drain"));
    assertEquals(List.of("one", "two"), sentences("one\n \r\ntwo"));
  }

  @Test
  public void aNumberStartsAListItemOnlyWhenAStopOrBracketFollowsIt() {
    assertEquals(
        List.of("steps", "1 restart", "2 drain 3 pods"),
        sentences("Steps:\n1. restart\n2) drain\n3 pods"));
  }

  @Test
  public void aTextEndingInABreakSpacesOrANumberIsReadToTheEnd() {
    assertEquals(List.of("done"), sentences("done\n  "));
    assertEquals(List.of("pods 12"), sentences("pods\n12"));
    assertEquals(List.of("roll"), sentences("roll-"));
  }

  @Test
  public void keepsCountingSentencesPastAnyFirstGuessOfHowManyThereAre() {
    assertEquals(20, sentences("Go now. ".repeat(20)).size());
  }

  @Test
  public void aSemicolonAStopAndSkippedCodeEachStartANewClause() {
    assertEquals(
        List.of("it failed", "we rolled back", "it held"),
        clauses("It failed; we rolled back. It held"));
    assertEquals(List.of("the", "deploy"), clauses("the `code` deploy"));
  }

  @Test
  public void joinsWordsAtApostrophesAndHyphensAndSplitsContractions() {
    assertEquals(
        List.of("did@0-3", "not@3-6", "oncall@7-14", "roll@15-19", "back@21-25"),
        spans("didn't on-call roll- back"));
  }

  @Test
  public void lettersDigitsAndUnderscoresMakeWordsOtherSignsSeparateThem() {
    assertEquals(
        List.of("zap 9a0 z_a fault blame strasse nai\u0308ve"),
        sentences("Zap 9a0 z_A fault\u2014blame Stra\u00DFe nai\u0308ve"));
  }
}

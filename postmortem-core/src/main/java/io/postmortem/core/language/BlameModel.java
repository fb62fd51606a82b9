package io.postmortem.core.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A logistic-regression model over the words and word pairs of a sentence, for blame and hindsight
 * that has no fixed phrase ("it took us far too long to page anyone", "this was the wrong call").
 * It runs after the phrase rules, on sentences they left alone, and a sentence whose score reaches
 * the threshold becomes a {@link PhraseCategory#JUDGMENT} finding whose words are the
 * highest-weight word or word pair present, so the author sees what triggered it.
 *
 * <p>Weights are trained offline from the labelled dev split of the real-prose corpus and the
 * self-written set (BlameModelTraining in the test sources; docs/language/model.md) and shipped as
 * {@code blame-model_<language>.tsv}: one line per feature, {@code 1 <word>} or {@code 2 <word>
 * <word>} and its weight, plus {@code bias} and {@code threshold} (on the logit). Features are the
 * normal forms the tokenizer produces; a word counts once per occurrence, and the sum is divided by
 * the square root of the sentence's length. Scoring costs two table look-ups per word.
 */
final class BlameModel {
  static final String SUGGESTION_KEY = "postmortem.language.suggestion.judgment";

  private final WeightTable weights;
  private final double bias;
  private final double threshold;

  private BlameModel(WeightTable weights, double bias, double threshold) {
    this.weights = weights;
    this.bias = bias;
    this.threshold = threshold;
  }

  /** The shipped model of the language, or null when there is none (German has none yet). */
  static BlameModel load(String language) {
    String name = "blame-model_" + language + ".tsv";
    if (BlameModel.class.getResource(name) == null) {
      return null;
    }
    Map<String, Double> weights = new HashMap<>();
    for (String line : ResourceLines.read(name)) {
      String[] columns = line.split("\t");
      weights.put(columns[0] + "\t" + columns[1], Double.parseDouble(columns[2]));
    }
    return of(weights);
  }

  /**
   * A model from named weights: {@code "1\tword"}, {@code "2\tword word"}, {@code "bias\t-"} and
   * {@code "threshold\t-"} (the logit a sentence must reach).
   */
  static BlameModel of(Map<String, Double> named) {
    Map<Long, Float> keyed = new HashMap<>();
    double bias = 0;
    double threshold = Double.POSITIVE_INFINITY;
    for (Map.Entry<String, Double> entry : named.entrySet()) {
      String[] name = entry.getKey().split("\t", 2);
      float weight = entry.getValue().floatValue();
      switch (name[0]) {
        case "bias" -> bias = entry.getValue();
        case "threshold" -> threshold = entry.getValue();
        case "1" -> keyed.merge(WeightTable.unigram(name[1].hashCode()), weight, Float::sum);
        case "2" -> {
          String[] words = name[1].split(" ");
          keyed.merge(
              WeightTable.bigram(words[0].hashCode(), words[1].hashCode()), weight, Float::sum);
        }
        default -> throw new IllegalArgumentException("unknown model line " + entry.getKey());
      }
    }
    return new BlameModel(new WeightTable(keyed), bias, threshold);
  }

  double threshold() {
    return threshold;
  }

  /** False when training found no threshold that gains recall (Infinity): nothing to score. */
  boolean active() {
    return threshold != Double.POSITIVE_INFINITY;
  }

  /**
   * The logit of the words first (inclusive) to last (exclusive), one sentence: the bias plus the
   * weights of its words and word pairs divided by the square root of its length in words, so a
   * long sentence does not pass the threshold by its many small weights alone.
   */
  double logit(TokenStream tokens, int first, int last) {
    double sum = 0;
    int previous = 0;
    for (int i = first; i < last; i++) {
      int hash = tokens.norm(i).hashCode();
      sum += weights.get(WeightTable.unigram(hash));
      if (i > first) {
        sum += weights.get(WeightTable.bigram(previous, hash));
      }
      previous = hash;
    }
    return bias + sum / Math.sqrt(last - first);
  }

  /** The highest logit of any sentence of the text (for evaluation and training). */
  double maxLogit(TokenStream tokens) {
    double max = Double.NEGATIVE_INFINITY;
    for (int first = 0, last; first < tokens.size(); first = last) {
      last = sentenceEnd(tokens, first);
      max = Math.max(max, logit(tokens, first, last));
    }
    return max;
  }

  /**
   * Adds a finding for each sentence that reaches the threshold and holds none of the findings from
   * index {@code ruleFindings} on (the phrase rules' findings for this text, in offset order); the
   * list stays in offset order.
   */
  void addFindings(TokenStream tokens, List<LanguageFinding> findings, int ruleFindings) {
    List<LanguageFinding> added = null;
    int next = ruleFindings;
    for (int first = 0, last; first < tokens.size(); first = last) {
      last = sentenceEnd(tokens, first);
      int end = tokens.end(last - 1);
      boolean flagged = false;
      while (next < findings.size() && findings.get(next).start() < end) {
        flagged |= findings.get(next).start() >= tokens.start(first);
        next++;
      }
      if (!flagged && logit(tokens, first, last) >= threshold) {
        added = added == null ? new ArrayList<>() : added;
        added.add(finding(tokens, first, last));
      }
    }
    if (added != null) {
      findings.addAll(added);
      findings.subList(ruleFindings, findings.size()).sort(BlamelessLanguageScanner.BY_SPAN);
    }
  }

  /** The finding of one sentence: its highest-weight word or word pair names what triggered it. */
  private LanguageFinding finding(TokenStream tokens, int first, int last) {
    int from = first;
    int to = first + 1;
    float best = Float.NEGATIVE_INFINITY;
    for (int i = first; i < last; i++) {
      int hash = tokens.norm(i).hashCode();
      float unigram = weights.get(WeightTable.unigram(hash));
      if (unigram > best) {
        best = unigram;
        from = i;
        to = i + 1;
      }
      float bigram =
          i > first ? weights.get(WeightTable.bigram(tokens.norm(i - 1).hashCode(), hash)) : 0f;
      if (i > first && bigram > best) {
        best = bigram;
        from = i - 1;
        to = i + 1;
      }
    }
    int start = tokens.start(from);
    int end = tokens.end(to - 1);
    return new LanguageFinding(
        start,
        end,
        tokens.text().substring(start, end),
        PhraseCategory.JUDGMENT,
        SUGGESTION_KEY,
        tokens.sentenceText(tokens.sentence(first)));
  }

  /** The index just after the last word of the sentence that starts at first. */
  static int sentenceEnd(TokenStream tokens, int first) {
    int sentence = tokens.sentence(first);
    int last = first + 1;
    while (last < tokens.size() && tokens.sentence(last) == sentence) {
      last++;
    }
    return last;
  }
}

package io.postmortem.core.language;

import io.postmortem.core.language.BlameModelTraining.Example;
import io.postmortem.core.language.RealProseEvaluation.Score;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Leave-one-organisation-out cross-validation of the blame model on the dev split: each dev
 * organisation is scored by a model trained on the other dev organisations and the always-trained
 * examples, so the figures estimate how the check does on an organisation it has never seen.
 */
final class CrossValidation {
  record Scored(Example example, boolean rule, double logit) {
    boolean flagged(double threshold) {
      return rule || logit >= threshold;
    }
  }

  private final List<Scored> scored;

  private CrossValidation(List<Scored> scored) {
    this.scored = scored;
  }

  static CrossValidation run(List<Example> dev, List<Example> always) {
    BlamelessLanguageScanner rules = BlamelessLanguageScanner.withModel("en", null);
    List<Scored> scored = new ArrayList<>();
    for (String organisation : BlameModelTraining.organisations(dev)) {
      List<Example> training = new ArrayList<>(always);
      dev.stream().filter(e -> !e.organisation().equals(organisation)).forEach(training::add);
      Map<String, Double> weights = BlameModelTraining.train(training);
      BlameModel model = BlameModel.of(weights);
      for (Example example : dev) {
        if (example.organisation().equals(organisation)) {
          String text = example.text();
          TokenStream tokens = Tokenizer.tokenize(text, ExcludedText.of(text));
          scored.add(new Scored(example, !rules.scan(text).isEmpty(), model.maxLogit(tokens)));
        }
      }
    }
    return new CrossValidation(scored);
  }

  /**
   * The threshold with the highest pooled recall whose pooled precision reaches target and at which
   * the model adds at most one false alarm per {@code sentencesPerFalseAlarm} sentences; among
   * equal recalls the highest threshold, so no false alarm is spent without a gain in recall.
   * Infinity (the model never fires) when no threshold raises recall on the held-out organisations.
   */
  double chooseThreshold(double target, int sentencesPerFalseAlarm) {
    TreeSet<Double> candidates = new TreeSet<>();
    scored.stream().filter(s -> !s.rule()).forEach(s -> candidates.add(s.logit()));
    int ruleFalseAlarms = score(Double.POSITIVE_INFINITY, s -> true).fp();
    int budget = scored.size() / sentencesPerFalseAlarm;
    double best = Double.POSITIVE_INFINITY;
    double bestRecall = score(Double.POSITIVE_INFINITY, s -> true).recall();
    for (double threshold : candidates.descendingSet()) {
      Score score = score(threshold, s -> true);
      if (score.fp() - ruleFalseAlarms > budget || score.precision() < target) {
        break;
      }
      if (score.recall() > bestRecall) {
        best = threshold;
        bestRecall = score.recall();
      }
    }
    return best;
  }

  Score score(double threshold, Predicate<Scored> which) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    for (Scored s : scored) {
      if (!which.test(s)) {
        continue;
      }
      boolean flagged = s.flagged(threshold);
      boolean blameful = s.example().blameful();
      tp += flagged && blameful ? 1 : 0;
      fp += flagged && !blameful ? 1 : 0;
      fn += !flagged && blameful ? 1 : 0;
      tn += !flagged && !blameful ? 1 : 0;
    }
    return new Score(tp, fp, fn, tn);
  }

  String report(double threshold) {
    StringBuilder out = new StringBuilder();
    out.append(String.format("leave-one-organisation-out, threshold %.4f%n", threshold));
    out.append(String.format("  %-13s rules alone | rules OR model%n", "held out"));
    TreeSet<String> organisations = new TreeSet<>();
    scored.forEach(s -> organisations.add(s.example().organisation()));
    for (String organisation : organisations) {
      Predicate<Scored> of = s -> s.example().organisation().equals(organisation);
      out.append(
          String.format(
              "  %-13s %s | %s%n",
              organisation, score(Double.POSITIVE_INFINITY, of), score(threshold, of)));
    }
    out.append(
        String.format(
            "  %-13s %s | %s%n",
            "pooled", score(Double.POSITIVE_INFINITY, s -> true), score(threshold, s -> true)));
    for (Scored s : scored) {
      if (!s.rule() && s.flagged(threshold) != s.example().blameful()) {
        out.append(s.example().blameful() ? "  missed (dev, cv): " : "  model false alarm: ")
            .append(String.format("%.2f ", s.logit()))
            .append(s.example().text())
            .append(System.lineSeparator());
      } else if (!s.rule() && s.flagged(threshold)) {
        out.append(
            String.format("  model found (dev, cv): %.2f %s%n", s.logit(), s.example().text()));
      }
    }
    return out.toString();
  }
}

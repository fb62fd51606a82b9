package io.postmortem.core.language;

import io.postmortem.core.language.BlameModelTraining.Example;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Two checks of what the model adds beyond the dev split: five-fold cross-validation over the
 * written examples (each fold scored by a model trained without it), and the self-written hold-out
 * set (labelled-sentences-holdout.tsv), which no model is trained on.
 */
final class WrittenExamplesCheck {
  private static final int FOLDS = 5;

  private WrittenExamplesCheck() {}

  static String run(List<Example> dev, List<Example> always, double threshold) {
    int[] counts = new int[4];
    int[] rules = new int[4];
    for (int fold = 0; fold < FOLDS; fold++) {
      List<Example> training = new ArrayList<>(dev);
      List<Example> heldOut = new ArrayList<>();
      int index = 0;
      for (Example example : always) {
        boolean out = example.organisation().equals("written") && index++ % FOLDS == fold;
        (out ? heldOut : training).add(example);
      }
      Map<String, Double> weights = BlameModelTraining.train(training);
      weights.put("threshold\t-", threshold);
      tally(BlamelessLanguageScanner.withModel("en", BlameModel.of(weights)), heldOut, counts);
      tally(BlamelessLanguageScanner.withModel("en", null), heldOut, rules);
    }
    return String.format(
        "written examples, %d-fold: rules OR model find %d of %d blameful, %d false alarms in %d"
            + " (rules alone %d, %d)%n",
        FOLDS,
        counts[0],
        counts[0] + counts[2],
        counts[1],
        counts[1] + counts[3],
        rules[0],
        rules[1]);
  }

  static String holdout(BlameModel model) {
    List<Example> heldOut = BlameModelTraining.selfWritten("labelled-sentences-holdout.tsv", "h");
    int[] rules = new int[4];
    int[] both = new int[4];
    tally(BlamelessLanguageScanner.withModel("en", null), heldOut, rules);
    tally(BlamelessLanguageScanner.withModel("en", model), heldOut, both);
    return String.format(
        "self-written hold-out (%d English): rules find %d of %d (%d false alarms); rules OR"
            + " final model %d (%d false alarms)%n",
        heldOut.size(), rules[0], rules[0] + rules[2], rules[1], both[0], both[1]);
  }

  /** tp, fp, fn, tn of the scanner on the examples. */
  private static void tally(BlamelessLanguageScanner scanner, List<Example> examples, int[] c) {
    for (Example example : examples) {
      boolean flagged = !scanner.scan(example.text()).isEmpty();
      c[(flagged ? 0 : 2) + (example.blameful() ? 0 : 1)]++;
    }
  }
}

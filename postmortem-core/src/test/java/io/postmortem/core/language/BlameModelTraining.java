package io.postmortem.core.language;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Trains the shipped {@link BlameModel} (docs/language/model.md): L2-regularised logistic
 * regression over word unigrams and bigrams, by averaged stochastic gradient descent in a seeded
 * order, so the same data gives the same file byte for byte. Reads only the dev split of the
 * real-prose corpus (the stored dev sentences plus, given with {@code --rebuilt}, the dev rows of a
 * tools/corpus/extract.py rebuild), the self-written set and the model's own written examples;
 * report-split rows are dropped as they are read and never tokenized.
 *
 * <p>It first runs leave-one-organisation-out cross-validation on the dev split (each dev
 * organisation scored by a model trained without it), prints per-organisation figures of the rules
 * alone and of rules OR model, and picks the threshold: the highest recall whose pooled precision
 * is at least {@value #PRECISION_TARGET}. Then it trains on everything and writes the resource with
 * that threshold.
 *
 * <pre>
 * mvn -B -q -pl postmortem-core test-compile
 * java -cp postmortem-core/target/classes:postmortem-core/target/test-classes \
 *     io.postmortem.core.language.BlameModelTraining [--rebuilt dev.tsv]... [--out file]
 * </pre>
 */
public final class BlameModelTraining {
  static final double PRECISION_TARGET = 0.85;
  static final int SENTENCES_PER_FALSE_ALARM = Integer.getInteger("model.perFalseAlarm", 2000);
  static final long SEED = 14;
  static final int EPOCHS = Integer.getInteger("model.epochs", 30);
  static final int MIN_DOCUMENTS = Integer.getInteger("model.minDocuments", 2);
  static final double L2 = Double.parseDouble(System.getProperty("model.l2", "1e-3"));
  static final double LEARNING_RATE = 0.2;
  static final double POSITIVE_WEIGHT =
      Double.parseDouble(System.getProperty("model.positiveWeight", "3"));
  static final Path DEFAULT_OUT =
      Path.of("postmortem-core/src/main/resources/io/postmortem/core/language/blame-model_en.tsv");

  record Example(String id, String organisation, String text, boolean blameful) {}

  private BlameModelTraining() {}

  public static void main(String[] args) throws IOException {
    List<Path> rebuilt = new ArrayList<>();
    Path out = DEFAULT_OUT;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rebuilt" -> rebuilt.add(Path.of(args[++i]));
        case "--out" -> out = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    List<Example> dev = devSplit(rebuilt);
    List<Example> always = new ArrayList<>(selfWritten("labelled-sentences.tsv", "self-written"));
    always.addAll(selfWritten("model/written-examples.tsv", "written"));
    System.out.printf(
        "dev split: %d sentences (%d blameful) of %d organisations; always trained on: %d (%d)%n",
        dev.size(), count(dev), organisations(dev).size(), always.size(), count(always));
    CrossValidation cv = CrossValidation.run(dev, always);
    double threshold = cv.chooseThreshold(PRECISION_TARGET, SENTENCES_PER_FALSE_ALARM);
    System.out.print(cv.report(threshold));
    System.out.print(WrittenExamplesCheck.run(dev, always, threshold));
    List<Example> all = new ArrayList<>(dev);
    all.addAll(always);
    Map<String, Double> weights = train(all);
    weights.put("threshold\t-", threshold);
    System.out.print(WrittenExamplesCheck.holdout(BlameModel.of(weights)));
    write(weights, out, dev.size(), all.size());
    System.out.printf("wrote %s: %d weights, threshold %.4f%n", out, weights.size(), threshold);
  }

  /** The named weights (and "bias\t-") of a model trained on examples; deterministic. */
  static Map<String, Double> train(List<Example> examples) {
    List<Map<String, Integer>> rows = new ArrayList<>(examples.size());
    Map<String, Integer> documents = new TreeMap<>();
    for (Example example : examples) {
      Map<String, Integer> features = features(example.text());
      rows.add(features);
      features.keySet().forEach(name -> documents.merge(name, 1, Integer::sum));
    }
    Map<String, Integer> index = new LinkedHashMap<>();
    documents.forEach(
        (name, n) -> {
          if (n >= MIN_DOCUMENTS) {
            index.put(name, index.size());
          }
        });
    int[][] columns = new int[rows.size()][];
    float[][] values = new float[rows.size()][];
    for (int r = 0; r < rows.size(); r++) {
      List<int[]> present = new ArrayList<>();
      rows.get(r)
          .forEach(
              (name, n) -> {
                Integer column = index.get(name);
                if (column != null) {
                  present.add(new int[] {column, n});
                }
              });
      columns[r] = present.stream().mapToInt(p -> p[0]).toArray();
      values[r] = new float[present.size()];
      double length = Math.sqrt(Math.max(1, words(rows.get(r))));
      for (int p = 0; p < present.size(); p++) {
        values[r][p] = (float) (present.get(p)[1] / length);
      }
    }
    double[] averaged = sgd(columns, values, examples, index.size());
    Map<String, Double> weights = new TreeMap<>();
    weights.put("bias\t-", averaged[index.size()]);
    index.forEach((name, column) -> weights.put(name, averaged[column]));
    return weights;
  }

  /** Weights (the bias last), averaged over the second half of the epochs. */
  private static double[] sgd(int[][] columns, float[][] values, List<Example> examples, int n) {
    double[] w = new double[n + 1];
    double[] sum = new double[n + 1];
    int averagedEpochs = 0;
    Random random = new Random(SEED);
    int[] order = new int[examples.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    for (int epoch = 0; epoch < EPOCHS; epoch++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int swap = order[i];
        order[i] = order[j];
        order[j] = swap;
      }
      double rate = LEARNING_RATE / (1 + 0.3 * epoch);
      for (int r : order) {
        double z = w[n];
        for (int p = 0; p < columns[r].length; p++) {
          z += w[columns[r][p]] * values[r][p];
        }
        boolean y = examples.get(r).blameful();
        double g = (1 / (1 + Math.exp(-z)) - (y ? 1 : 0)) * (y ? POSITIVE_WEIGHT : 1);
        for (int p = 0; p < columns[r].length; p++) {
          int c = columns[r][p];
          w[c] -= rate * (g * values[r][p] + L2 * w[c]);
        }
        w[n] -= rate * g;
      }
      if (epoch >= EPOCHS / 2) {
        averagedEpochs++;
        for (int c = 0; c <= n; c++) {
          sum[c] += w[c];
        }
      }
    }
    for (int c = 0; c <= n; c++) {
      sum[c] /= averagedEpochs;
    }
    return sum;
  }

  /** The number of words of a text: the sum of its unigram counts. */
  static int words(Map<String, Integer> features) {
    int words = 0;
    for (Map.Entry<String, Integer> feature : features.entrySet()) {
      words += feature.getKey().startsWith("1\t") ? feature.getValue() : 0;
    }
    return words;
  }

  /** Feature counts of a text, named as in the model file; the runtime scores the same words. */
  static Map<String, Integer> features(String text) {
    TokenStream tokens = Tokenizer.tokenize(text, ExcludedText.of(text));
    Map<String, Integer> features = new HashMap<>();
    for (int first = 0, last; first < tokens.size(); first = last) {
      last = BlameModel.sentenceEnd(tokens, first);
      for (int i = first; i < last; i++) {
        features.merge("1\t" + tokens.norm(i), 1, Integer::sum);
        if (i > first) {
          features.merge("2\t" + tokens.norm(i - 1) + " " + tokens.norm(i), 1, Integer::sum);
        }
      }
    }
    return features;
  }

  static void write(Map<String, Double> weights, Path out, int dev, int all) throws IOException {
    StringBuilder text = new StringBuilder();
    text.append("# Blame model (English), written by BlameModelTraining; docs/language/model.md.\n")
        .append(
            String.format(
                Locale.ROOT, "# Trained on %d sentences (%d of the dev split).%n", all, dev))
        .append("# kind (1 word, 2 word pair, bias, threshold), words, weight\n");
    for (Map.Entry<String, Double> entry : new TreeMap<>(weights).entrySet()) {
      if (Math.abs(entry.getValue()) >= 1e-4
          || !entry.getKey().startsWith("1") && !entry.getKey().startsWith("2")) {
        text.append(entry.getKey())
            .append('\t')
            .append(String.format(Locale.ROOT, "%.4f", entry.getValue()))
            .append('\n');
      }
    }
    Files.writeString(out, text.toString(), StandardCharsets.UTF_8);
  }

  /** Dev rows of the stored sentences and of each rebuild, by id; report rows are skipped. */
  static List<Example> devSplit(List<Path> rebuilt) throws IOException {
    Map<String, Boolean> labels = new HashMap<>();
    for (String[] row :
        RealProseEvaluation.rows(RealProseEvaluation.resource("corpus/labels.tsv"))) {
      labels.put(row[0], row[1].equals("1"));
    }
    Map<String, Example> byId = new TreeMap<>();
    for (String[] row :
        RealProseEvaluation.rows(RealProseEvaluation.resource("corpus/sentences.tsv"))) {
      if (row[2].equals("dev")) {
        byId.put(row[0], new Example(row[0], row[1], row[3], labels.get(row[0])));
      }
    }
    for (Path file : rebuilt) {
      try (InputStream in = Files.newInputStream(file)) {
        for (String[] row : RealProseEvaluation.rows(in)) {
          if (row[2].equals("dev") && labels.containsKey(row[0])) {
            byId.put(row[0], new Example(row[0], row[1], row[10], labels.get(row[0])));
          }
        }
      }
    }
    return new ArrayList<>(byId.values());
  }

  /** English rows of a self-written file (label, language, kind, sentence). */
  static List<Example> selfWritten(String name, String organisation) {
    List<Example> examples = new ArrayList<>();
    for (String[] row : RealProseEvaluation.rows(RealProseEvaluation.resource(name))) {
      if (row[1].equals("en")) {
        String text = row[3].replace("\\n", "\n");
        examples.add(
            new Example(name + "-" + examples.size(), organisation, text, row[0].equals("1")));
      }
    }
    return examples;
  }

  static int count(List<Example> examples) {
    return (int) examples.stream().filter(Example::blameful).count();
  }

  static TreeSet<String> organisations(List<Example> examples) {
    TreeSet<String> organisations = new TreeSet<>();
    examples.forEach(e -> organisations.add(e.organisation()));
    return organisations;
  }
}

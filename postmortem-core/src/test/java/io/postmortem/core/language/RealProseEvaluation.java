package io.postmortem.core.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Precision, recall and F1 of the blameless-language check on real postmortem prose (the corpus in
 * {@code corpus/}, labelled by docs/language/labelling-guide.md). Reads the sentences stored in the
 * repository, plus, when given, a full rebuild made by tools/corpus/extract.py (which adds the
 * sentences kept only as references).
 *
 * <pre>
 * mvn -B -q -pl postmortem-core test-compile
 * java -cp postmortem-core/target/classes:postmortem-core/target/test-classes \
 *     io.postmortem.core.language.RealProseEvaluation [--dev-only] [rebuilt.tsv]
 * </pre>
 *
 * <p>{@code --dev-only} scores and prints the dev split alone: nothing of the report split is read
 * into the figures or printed (for tuning without looking at the report split).
 */
public final class RealProseEvaluation {
  /** The goal on the report split (issue 14): a check users keep switched on. */
  static final double PRECISION_GOAL = 0.8;

  static final double RECALL_GOAL = 0.7;

  record Sentence(String id, String organisation, String split, String text, boolean blameful) {}

  record Score(int tp, int fp, int fn, int tn) {
    double precision() {
      return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format(
          "n=%4d  P=%.2f R=%.2f F1=%.2f  (tp=%d fp=%d fn=%d)",
          tp + fp + fn + tn, precision(), recall(), f1(), tp, fp, fn);
    }
  }

  private final List<Sentence> sentences;
  private final BlamelessLanguageScanner scanner =
      BlamelessLanguageScanner.forLanguage("en", List.of());

  RealProseEvaluation(List<Sentence> sentences) {
    this.sentences = sentences;
  }

  /** The part of the corpus kept in the repository. */
  static RealProseEvaluation stored() {
    Map<String, Boolean> labels = labels();
    List<Sentence> sentences = new ArrayList<>();
    for (String[] row : rows(resource("corpus/sentences.tsv"))) {
      sentences.add(new Sentence(row[0], row[1], row[2], row[3], labels.get(row[0])));
    }
    return new RealProseEvaluation(sentences);
  }

  /** The whole corpus, rebuilt by tools/corpus/extract.py into one file. */
  static RealProseEvaluation rebuilt(Path file) throws IOException {
    Map<String, Boolean> labels = labels();
    List<Sentence> sentences = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      for (String[] row : rows(in)) {
        sentences.add(new Sentence(row[0], row[1], row[2], row[10], labels.get(row[0])));
      }
    }
    return new RealProseEvaluation(sentences);
  }

  Score score(Predicate<Sentence> which) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    for (Sentence sentence : sentences) {
      if (!which.test(sentence)) {
        continue;
      }
      boolean flagged = !scanner.scan(sentence.text()).isEmpty();
      if (flagged && sentence.blameful()) {
        tp++;
      } else if (flagged) {
        fp++;
      } else if (sentence.blameful()) {
        fn++;
      } else {
        tn++;
      }
    }
    return new Score(tp, fp, fn, tn);
  }

  Score split(String split) {
    return score(s -> s.split().equals(split));
  }

  /** The same evaluation restricted to one split. */
  RealProseEvaluation only(String split) {
    return new RealProseEvaluation(
        sentences.stream().filter(s -> s.split().equals(split)).toList());
  }

  /** The figures, one line each: splits, then organisations, then the misses and false alarms. */
  String report() {
    StringBuilder out = new StringBuilder();
    out.append(String.format("real prose: %d sentences%n", sentences.size()));
    for (String split : List.of("dev", "report")) {
      if (sentences.stream().anyMatch(s -> s.split().equals(split))) {
        out.append(String.format("  split %-7s %s%n", split, split(split)));
      }
    }
    Map<String, String> organisations = new TreeMap<>();
    sentences.forEach(s -> organisations.put(s.organisation(), s.split()));
    organisations.forEach(
        (organisation, split) ->
            out.append(
                String.format(
                    "    %-13s (%s) %s%n",
                    organisation, split, score(s -> s.organisation().equals(organisation)))));
    for (Sentence sentence : sentences) {
      boolean flagged = !scanner.scan(sentence.text()).isEmpty();
      if (flagged != sentence.blameful() && sentence.split().equals("dev")) {
        out.append(flagged ? "  false alarm (dev): " : "  missed (dev): ")
            .append(sentence.text())
            .append(System.lineSeparator());
      }
    }
    return out.toString();
  }

  public static void main(String[] args) throws IOException {
    boolean devOnly = List.of(args).contains("--dev-only");
    List<String> files = List.of(args).stream().filter(a -> !a.equals("--dev-only")).toList();
    RealProseEvaluation evaluation =
        files.isEmpty() ? RealProseEvaluation.stored() : rebuilt(Path.of(files.get(0)));
    if (devOnly) {
      System.out.print(evaluation.only("dev").report());
      return;
    }
    System.out.print(evaluation.report());
    System.out.printf(
        "goal on the report split: precision >= %.2f and recall >= %.2f%n",
        PRECISION_GOAL, RECALL_GOAL);
  }

  private static Map<String, Boolean> labels() {
    Map<String, Boolean> labels = new HashMap<>();
    for (String[] row : rows(resource("corpus/labels.tsv"))) {
      labels.put(row[0], row[1].equals("1"));
    }
    return labels;
  }

  static InputStream resource(String name) {
    InputStream in = RealProseEvaluation.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing test resource " + name);
    }
    return in;
  }

  static List<String[]> rows(InputStream in) {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          rows.add(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}

package io.postmortem.core.language;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Runs the real-prose evaluation on the part of the corpus stored in the repository and prints the
 * figures. The issue-14 goal (precision 0.8, recall 0.7 on the report split) is NOT reached yet;
 * until it is, this test holds the figures measured when the corpus was labelled as a floor, so a
 * change that makes the check worse on real prose fails the build.
 */
public class RealProseEvaluationTest {
  /**
   * Measured once on the stored report split on 2026-12-02 after six organisations were added to it
   * (2,435 stored sentences, 57 blameful: 32 found, 8 false alarms, precision 0.80, recall 0.56;
   * docs/language/corpus.md). The goal is not met, so the floor is the measured figure.
   */
  private static final double REPORT_PRECISION_FLOOR = 0.78;

  private static final double REPORT_RECALL_FLOOR = 0.55;

  private static RealProseEvaluation evaluation;

  @BeforeClass
  public static void evaluate() {
    evaluation = RealProseEvaluation.stored();
    System.out.print(evaluation.report());
  }

  @Test
  public void storedCorpusHoldsOverAThousandRealSentencesInBothSplits() {
    assertTrue(evaluation.split("dev").tp() + evaluation.split("dev").fn() > 0);
    assertTrue(
        evaluation.split("report").tp()
                + evaluation.split("report").fp()
                + evaluation.split("report").fn()
                + evaluation.split("report").tn()
            >= 1000);
  }

  @Test
  public void reportSplitDoesNotFallBelowTheMeasuredFigures() {
    RealProseEvaluation.Score report = evaluation.split("report");

    assertTrue("precision " + report, report.precision() >= REPORT_PRECISION_FLOOR);
    assertTrue("recall " + report, report.recall() >= REPORT_RECALL_FLOOR);
  }

  @Test
  public void everyStoredSentenceIsLabelled() {
    RealProseEvaluation.Score all = evaluation.score(s -> true);

    // 3,076 before the third session added Evmos (368, Apache-2.0), Nibiru (8, BSD-2-Clause) and
    // Shallow Brook Software (51, Apache-2.0)
    assertEquals(3503, all.tp() + all.fp() + all.fn() + all.tn());
  }
}

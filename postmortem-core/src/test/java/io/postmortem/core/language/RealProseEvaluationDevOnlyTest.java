package io.postmortem.core.language;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

/**
 * {@code --dev-only} (RealProseEvaluation.only("dev")) must leave the report split out of both the
 * figures and the printout, so the dev split can be measured without reading the report split.
 */
public class RealProseEvaluationDevOnlyTest {
  private final RealProseEvaluation both =
      new RealProseEvaluation(
          List.of(
              new RealProseEvaluation.Sentence(
                  "dev-1", "devorg", "dev", "The operator forgot to renew the certificate.", true),
              new RealProseEvaluation.Sentence(
                  "report-1",
                  "reportorg",
                  "report",
                  "Someone should have caught this in review.",
                  true)));

  @Test
  public void devOnlyPrintsNoReportSplitAndNoReportOrganisation() {
    String printed = both.only("dev").report();

    assertTrue(printed, printed.contains("split dev"));
    assertTrue(printed, printed.contains("devorg"));
    assertFalse(printed, printed.contains("report"));
  }

  @Test
  public void devOnlyScoresOnlyDevSentences() {
    RealProseEvaluation.Score all = both.only("dev").score(s -> true);

    assertEquals(1, all.tp() + all.fp() + all.fn() + all.tn());
  }

  @Test
  public void theFullEvaluationStillPrintsBothSplits() {
    String printed = both.report();

    assertTrue(printed, printed.contains("split dev"));
    assertTrue(printed, printed.contains("split report"));
  }
}

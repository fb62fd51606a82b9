package io.postmortem.jira.report;

import static org.junit.Assert.assertEquals;

import io.postmortem.core.postmortem.Severity;
import io.postmortem.core.report.AgeBucket;
import io.postmortem.core.report.Distribution;
import io.postmortem.core.report.MonthlyCompletion;
import io.postmortem.core.report.RemediationReport;
import io.postmortem.core.report.ResponseTimes;
import io.postmortem.jira.report.ReportView.Completion;
import io.postmortem.jira.report.ReportView.Count;
import io.postmortem.jira.report.ReportView.Lag;
import io.postmortem.jira.report.ReportView.Times;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** What the report page's charts are given: every number, each chart's bars in drawing order. */
public class ReportViewTest {
  private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
  private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
  private static final YearMonth DECEMBER = YearMonth.of(2026, 12);

  private final ReportView view =
      ReportView.of(
          new RemediationReport(
              LocalDate.of(2026, 12, 2),
              List.of(
                  new MonthlyCompletion(NOVEMBER, 3, 1, 2),
                  new MonthlyCompletion(DECEMBER, 0, 0, 1)),
              Map.of(
                  AgeBucket.OLDER, 4,
                  AgeBucket.UP_TO_A_WEEK, 1,
                  AgeBucket.UP_TO_A_QUARTER, 3,
                  AgeBucket.UP_TO_A_MONTH, 2),
              Map.of(DECEMBER, 7, OCTOBER, 5, NOVEMBER, 6),
              Map.of(DECEMBER, new Distribution(1, 4, 4), OCTOBER, new Distribution(3, 2, 9.5)),
              List.of(
                  new ResponseTimes(
                      NOVEMBER,
                      Severity.SEV_1,
                      new Distribution(2, 0.5, 1),
                      new Distribution(2, 3, 5),
                      new Distribution(2, 24, 30)))));

  @Test
  public void theReportIsAsOfItsDay() {
    assertEquals("2026-12-02", view.asOf());
  }

  @Test
  public void eachMonthShowsItsItemsDoneOnTimeLateAndWithoutADueDateWithTheOnTimeRate() {
    assertEquals(
        List.of(new Completion("2026-11", 3, 1, 2, 0.75), new Completion("2026-12", 0, 0, 1, 0)),
        view.completion());
  }

  @Test
  public void openItemAgesAreBarsFromYoungestToOldest() {
    assertEquals(
        List.of(
            new Count("up_to_a_week", 1),
            new Count("up_to_a_month", 2),
            new Count("up_to_a_quarter", 3),
            new Count("older", 4)),
        view.openItemAges());
  }

  @Test
  public void theOverduePileIsShownMonthByMonthInCalendarOrder() {
    assertEquals(
        List.of(new Count("2026-10", 5), new Count("2026-11", 6), new Count("2026-12", 7)),
        view.overdue());
  }

  @Test
  public void publishLagGivesEachMonthItsPostmortemsMedianAndNinetiethPercentileInOrder() {
    assertEquals(
        List.of(new Lag("2026-10", 3, 2, 9.5), new Lag("2026-12", 1, 4, 4)), view.publishLag());
  }

  @Test
  public void responseTimesNameTheirMonthAndSeverity() {
    assertEquals(
        List.of(
            new Times(
                "2026-11",
                "SEV_1",
                new Distribution(2, 0.5, 1),
                new Distribution(2, 3, 5),
                new Distribution(2, 24, 30))),
        view.responseTimes());
  }
}

package io.postmortem.core.report;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.postmortem.core.calendar.BusinessCalendar;
import io.postmortem.core.postmortem.Severity;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.Test;

public class ReportBuilderTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
  private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

  private ReportBuilder builder() {
    return new ReportBuilder(3, TODAY, BusinessCalendar.mondayToFriday());
  }

  private static ItemRecord item(LocalDate created, LocalDate due, LocalDate resolved) {
    return new ItemRecord("OPS-1", Severity.SEV_2, created, due, resolved);
  }

  @Test
  public void countsAnItemDoneOnItsDueDateAsOnTimeAndOneDoneAfterAsLate() {
    RemediationReport report =
        builder()
            .addItem(item(date(11, 1), date(11, 10), date(11, 10)))
            .addItem(item(date(11, 1), date(11, 10), date(11, 11)))
            .addItem(item(date(11, 1), null, date(11, 12)))
            .build();

    MonthlyCompletion november =
        report.completion().stream().filter(m -> m.month().equals(NOVEMBER)).findFirst().get();
    assertEquals(1, november.onTime());
    assertEquals(1, november.late());
    assertEquals(1, november.withoutDueDate());
    assertEquals(0.5, november.onTimeRate(), 1e-9);
  }

  @Test
  public void coversExactlyTheRequestedMonthsEndingWithTheCurrentOne() {
    RemediationReport report = builder().addItem(item(date(1, 1), null, date(1, 2))).build();

    assertEquals(3, report.completion().size());
    assertEquals(YearMonth.of(2026, 10), report.completion().get(0).month());
    assertEquals(YearMonth.of(2026, 12), report.completion().get(2).month());
    assertEquals(0, report.completion().stream().mapToInt(MonthlyCompletion::late).sum());
  }

  @Test
  public void putsOpenItemsIntoAgeBucketsAndIgnoresResolvedOnes() {
    RemediationReport report =
        builder()
            .addItem(item(TODAY.minusDays(7), null, null))
            .addItem(item(TODAY.minusDays(8), null, null))
            .addItem(item(TODAY.minusDays(200), null, null))
            .addItem(item(TODAY.minusDays(200), null, TODAY.minusDays(1)))
            .build();

    assertEquals(1, (int) report.openItemAges().get(AgeBucket.UP_TO_A_WEEK));
    assertEquals(1, (int) report.openItemAges().get(AgeBucket.UP_TO_A_MONTH));
    assertEquals(0, (int) report.openItemAges().get(AgeBucket.UP_TO_A_QUARTER));
    assertEquals(1, (int) report.openItemAges().get(AgeBucket.OLDER));
  }

  @Test
  public void countsAnItemOverdueAtEachMonthEndUntilItIsResolved() {
    RemediationReport report =
        builder().addItem(item(date(10, 1), date(10, 15), date(11, 20))).build();

    assertEquals(1, (int) report.overdueAtMonthEnd().get(YearMonth.of(2026, 10)));
    assertEquals(0, (int) report.overdueAtMonthEnd().get(NOVEMBER));
    assertEquals(0, (int) report.overdueAtMonthEnd().get(YearMonth.of(2026, 12)));
  }

  @Test
  public void measuresPublishLagInBusinessDaysSoAWeekendDoesNotCount() {
    PostmortemRecord friday =
        new PostmortemRecord("PM-1", Severity.SEV_1, date(11, 6), date(11, 10), null, null, null);

    RemediationReport report = builder().addPostmortem(friday).build();

    assertEquals(2.0, report.publishLag().get(NOVEMBER).median(), 1e-9);
  }

  @Test
  public void givesResponseTimesInMinutesPerMonthAndSeverityLeavingOutMissingTimes() {
    RemediationReport report =
        builder()
            .addPostmortem(pm(Severity.SEV_1, Duration.ofMinutes(10)))
            .addPostmortem(pm(Severity.SEV_1, Duration.ofMinutes(30)))
            .addPostmortem(pm(Severity.SEV_1, null))
            .addPostmortem(pm(Severity.SEV_3, Duration.ofMinutes(90)))
            .build();

    ResponseTimes sev1 =
        report.responseTimes().stream()
            .filter(r -> r.severity() == Severity.SEV_1)
            .findFirst()
            .get();
    assertEquals(2, sev1.detect().count());
    assertEquals(10.0, sev1.detect().median(), 1e-9);
    assertEquals(30.0, sev1.detect().p90(), 1e-9);
    assertEquals(2, report.responseTimes().size());
  }

  @Test
  public void ignoresPostmortemsPublishedOutsideTheWindow() {
    RemediationReport report =
        builder()
            .addPostmortem(
                new PostmortemRecord(
                    "PM-1", Severity.SEV_1, date(1, 5), date(1, 6), null, null, null))
            .build();

    assertTrue(report.publishLag().isEmpty());
    assertTrue(report.responseTimes().isEmpty());
  }

  @Test
  public void refusesAWindowItCannotDrawRatherThanCuttingItSilently() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new ReportBuilder(0, TODAY, BusinessCalendar.mondayToFriday()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ReportBuilder(37, TODAY, BusinessCalendar.mondayToFriday()));
  }

  @Test
  public void writesEveryFigureAsCsvWithStableColumnNames() {
    String csv =
        ReportCsv.of(
            builder()
                .addItem(item(date(11, 1), date(11, 10), date(11, 10)))
                .addPostmortem(pm(Severity.SEV_2, Duration.ofMinutes(5)))
                .build());

    assertTrue(csv.contains("completion,2026-11,1,0,0,1.00"));
    assertTrue(csv.contains("open_item_age,up_to_a_week,0"));
    assertTrue(csv.contains("overdue,2026-11,0"));
    assertTrue(csv.contains("response_time,2026-11,SEV_2,detect,1,5.00,5.00"));
  }

  @Test
  public void writesThePublishLagAndEveryResponseTimeAsCsvRows() {
    String csv =
        ReportCsv.of(
            builder()
                .addPostmortem(
                    new PostmortemRecord(
                        "PM-1",
                        Severity.SEV_1,
                        date(11, 2),
                        date(11, 4),
                        Duration.ofMinutes(5),
                        Duration.ofMinutes(20),
                        Duration.ofMinutes(90)))
                .build());

    assertTrue(csv.contains("publish_lag,2026-11,1,2.00,2.00"));
    assertTrue(csv.contains("response_time,2026-11,SEV_1,detect,1,5.00,5.00"));
    assertTrue(csv.contains("response_time,2026-11,SEV_1,mitigate,1,20.00,20.00"));
    assertTrue(csv.contains("response_time,2026-11,SEV_1,resolve,1,90.00,90.00"));
  }

  @Test
  public void drawsAWindowOfOneMonthAndOneOfTheLongestAllowed() {
    RemediationReport oneMonth =
        new ReportBuilder(1, TODAY, BusinessCalendar.mondayToFriday()).build();
    RemediationReport longest =
        new ReportBuilder(ReportBuilder.MAX_MONTHS, TODAY, BusinessCalendar.mondayToFriday())
            .build();

    assertEquals(1, oneMonth.completion().size());
    assertEquals(ReportBuilder.MAX_MONTHS, longest.completion().size());
  }

  private static PostmortemRecord pm(Severity severity, Duration detect) {
    return new PostmortemRecord("PM-1", severity, date(11, 2), date(11, 4), detect, null, null);
  }

  private static LocalDate date(int month, int day) {
    return LocalDate.of(2026, month, day);
  }
}

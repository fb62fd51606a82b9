package io.postmortem.core.report;

import io.postmortem.core.calendar.BusinessCalendar;
import io.postmortem.core.postmortem.Severity;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Accumulates a {@link RemediationReport} from items and postmortems fed page by page, so the
 * caller can stream a search of any size: memory grows with the months in the window and the number
 * of postmortems, never with the number of items.
 */
public final class ReportBuilder {
  /** The longest window a report covers; a longer one is refused rather than silently cut. */
  public static final int MAX_MONTHS = 36;

  private final YearMonth first;
  private final LocalDate asOf;
  private final BusinessCalendar calendar;
  private final Map<YearMonth, int[]> completion = new TreeMap<>();
  private final Map<AgeBucket, Integer> ages = new EnumMap<>(AgeBucket.class);
  private final Map<YearMonth, Integer> overdue = new TreeMap<>();
  private final Map<YearMonth, List<Double>> lags = new TreeMap<>();
  private final Map<YearMonth, Map<Severity, List<Duration[]>>> times = new TreeMap<>();

  /**
   * @param months how many months the report covers, ending with the month of {@code asOf}
   */
  public ReportBuilder(int months, LocalDate asOf, BusinessCalendar calendar) {
    if (months < 1 || months > MAX_MONTHS) {
      throw new IllegalArgumentException("months must be 1.." + MAX_MONTHS);
    }
    this.asOf = asOf;
    this.calendar = calendar;
    this.first = YearMonth.from(asOf).minusMonths(months - 1L);
    for (YearMonth month = first;
        !month.isAfter(YearMonth.from(asOf));
        month = month.plusMonths(1)) {
      completion.put(month, new int[3]);
      overdue.put(month, 0);
    }
    for (AgeBucket bucket : AgeBucket.values()) {
      ages.put(bucket, 0);
    }
  }

  public ReportBuilder addItem(ItemRecord item) {
    if (item.resolved() != null) {
      int[] counts = completion.get(YearMonth.from(item.resolved()));
      if (counts != null) {
        counts[item.due() == null ? 2 : item.resolved().isAfter(item.due()) ? 1 : 0]++;
      }
    }
    if (item.openOn(asOf)) {
      ages.merge(AgeBucket.of(ChronoUnit.DAYS.between(item.created(), asOf)), 1, Integer::sum);
    }
    overdue.replaceAll((month, count) -> item.overdueOn(monthEnd(month)) ? count + 1 : count);
    return this;
  }

  public ReportBuilder addPostmortem(PostmortemRecord postmortem) {
    YearMonth month = YearMonth.from(postmortem.published());
    if (!completion.containsKey(month)) {
      return this;
    }
    if (postmortem.incidentResolved() != null
        && !postmortem.published().isBefore(postmortem.incidentResolved())) {
      double days =
          calendar.businessDaysBetween(postmortem.incidentResolved(), postmortem.published());
      lags.computeIfAbsent(month, m -> new ArrayList<>()).add(days);
    }
    times
        .computeIfAbsent(month, m -> new EnumMap<>(Severity.class))
        .computeIfAbsent(postmortem.severity(), s -> new ArrayList<>())
        .add(
            new Duration[] {
              postmortem.timeToDetect(), postmortem.timeToMitigate(), postmortem.timeToResolve()
            });
    return this;
  }

  public RemediationReport build() {
    List<MonthlyCompletion> monthly = new ArrayList<>();
    completion.forEach(
        (month, counts) ->
            monthly.add(new MonthlyCompletion(month, counts[0], counts[1], counts[2])));
    Map<YearMonth, Distribution> publishLag = new LinkedHashMap<>();
    lags.forEach((month, values) -> publishLag.put(month, Distribution.of(values)));
    List<ResponseTimes> response = new ArrayList<>();
    times.forEach(
        (month, bySeverity) ->
            bySeverity.forEach(
                (severity, rows) ->
                    response.add(
                        new ResponseTimes(
                            month,
                            severity,
                            minutes(rows, 0),
                            minutes(rows, 1),
                            minutes(rows, 2)))));
    return new RemediationReport(asOf, monthly, ages, overdue, publishLag, response);
  }

  private LocalDate monthEnd(YearMonth month) {
    LocalDate end = month.atEndOfMonth();
    return end.isAfter(asOf) ? asOf : end;
  }

  private static Distribution minutes(List<Duration[]> rows, int column) {
    List<Double> values = new ArrayList<>();
    for (Duration[] row : rows) {
      if (row[column] != null) {
        values.add((double) row[column].toMinutes());
      }
    }
    return Distribution.of(values);
  }
}

package io.postmortem.core.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * How remediation is going over a window of months: whether items get done on time, how old the
 * open ones are, how the overdue pile develops, how quickly postmortems follow their incidents, and
 * how quickly incidents are detected, mitigated and resolved.
 *
 * @param asOf the day the report describes
 * @param completion items resolved per month, on time or late
 * @param openItemAges open items as of {@code asOf} by age
 * @param overdueAtMonthEnd items open and past due at the end of each month (or on {@code asOf} for
 *     the current month)
 * @param publishLag business days from incident resolved to postmortem published, per month
 * @param responseTimes detect / mitigate / resolve times per month and severity
 */
public record RemediationReport(
    LocalDate asOf,
    List<MonthlyCompletion> completion,
    Map<AgeBucket, Integer> openItemAges,
    Map<YearMonth, Integer> overdueAtMonthEnd,
    Map<YearMonth, Distribution> publishLag,
    List<ResponseTimes> responseTimes) {
  public RemediationReport {
    completion = List.copyOf(completion);
    openItemAges = Map.copyOf(openItemAges);
    overdueAtMonthEnd = Map.copyOf(overdueAtMonthEnd);
    publishLag = Map.copyOf(publishLag);
    responseTimes = List.copyOf(responseTimes);
  }
}

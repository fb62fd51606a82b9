package io.postmortem.jira.report;

import io.postmortem.core.report.AgeBucket;
import io.postmortem.core.report.Distribution;
import io.postmortem.core.report.RemediationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report as JSON: plain strings and numbers (months as {@code 2026-11}), one list per chart, in
 * the order the chart draws them.
 */
public record ReportView(
    String asOf,
    List<Completion> completion,
    List<Count> openItemAges,
    List<Count> overdue,
    List<Lag> publishLag,
    List<Times> responseTimes) {

  public record Completion(String month, int onTime, int late, int withoutDueDate, double rate) {}

  public record Count(String label, int count) {}

  public record Lag(String month, int postmortems, double medianDays, double p90Days) {}

  public record Times(
      String month,
      String severity,
      Distribution detect,
      Distribution mitigate,
      Distribution resolve) {}

  static ReportView of(RemediationReport report) {
    List<Count> ages = new ArrayList<>();
    for (AgeBucket bucket : AgeBucket.values()) {
      ages.add(
          new Count(bucket.name().toLowerCase(Locale.ROOT), report.openItemAges().get(bucket)));
    }
    return new ReportView(
        report.asOf().toString(),
        report.completion().stream()
            .map(
                m ->
                    new Completion(
                        m.month().toString(),
                        m.onTime(),
                        m.late(),
                        m.withoutDueDate(),
                        m.onTimeRate()))
            .toList(),
        ages,
        report.overdueAtMonthEnd().entrySet().stream()
            .sorted(java.util.Map.Entry.comparingByKey())
            .map(e -> new Count(e.getKey().toString(), e.getValue()))
            .toList(),
        report.publishLag().entrySet().stream()
            .sorted(java.util.Map.Entry.comparingByKey())
            .map(e -> lag(e.getKey().toString(), e.getValue()))
            .toList(),
        report.responseTimes().stream()
            .map(
                t ->
                    new Times(
                        t.month().toString(),
                        t.severity().name(),
                        t.detect(),
                        t.mitigate(),
                        t.resolve()))
            .toList());
  }

  private static Lag lag(String month, Distribution days) {
    return new Lag(month, days.count(), days.median(), days.p90());
  }
}

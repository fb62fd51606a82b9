package io.postmortem.core.report;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;

/**
 * The report as CSV, one section per figure, so a spreadsheet can redraw every chart. Column names
 * are stable identifiers (not translated): scripts read them.
 */
public final class ReportCsv {
  private ReportCsv() {}

  public static String of(RemediationReport report) {
    StringBuilder csv = new StringBuilder();
    completion(csv, report);
    itemCounts(csv, report);
    times(csv, report);
    return csv.toString();
  }

  private static void completion(StringBuilder csv, RemediationReport report) {
    csv.append("section,month,on_time,late,without_due_date,on_time_rate\n");
    for (MonthlyCompletion row : report.completion()) {
      csv.append("completion,")
          .append(row.month())
          .append(',')
          .append(row.onTime())
          .append(',')
          .append(row.late())
          .append(',')
          .append(row.withoutDueDate())
          .append(',')
          .append(decimal(row.onTimeRate()))
          .append('\n');
    }
  }

  private static void itemCounts(StringBuilder csv, RemediationReport report) {
    csv.append("\nsection,age,open_items\n");
    report.openItemAges().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                csv.append("open_item_age,")
                    .append(e.getKey().name().toLowerCase(Locale.ROOT))
                    .append(',')
                    .append(e.getValue())
                    .append('\n'));
    csv.append("\nsection,month,overdue_items\n");
    report.overdueAtMonthEnd().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                csv.append("overdue,")
                    .append(e.getKey())
                    .append(',')
                    .append(e.getValue())
                    .append('\n'));
  }

  private static void times(StringBuilder csv, RemediationReport report) {
    csv.append("\nsection,month,postmortems,median_business_days,p90_business_days\n");
    report.publishLag().entrySet().stream()
        .sorted(Map.Entry.<YearMonth, Distribution>comparingByKey())
        .forEach(
            e ->
                csv.append("publish_lag,")
                    .append(e.getKey())
                    .append(',')
                    .append(distribution(e.getValue()))
                    .append('\n'));
    csv.append("\nsection,month,severity,measure,postmortems,median_minutes,p90_minutes\n");
    for (ResponseTimes row : report.responseTimes()) {
      appendTimes(csv, row, "detect", row.detect());
      appendTimes(csv, row, "mitigate", row.mitigate());
      appendTimes(csv, row, "resolve", row.resolve());
    }
  }

  private static void appendTimes(
      StringBuilder csv, ResponseTimes row, String measure, Distribution values) {
    csv.append("response_time,")
        .append(row.month())
        .append(',')
        .append(row.severity())
        .append(',')
        .append(measure)
        .append(',')
        .append(distribution(values))
        .append('\n');
  }

  private static String distribution(Distribution values) {
    return values.count() + "," + decimal(values.median()) + "," + decimal(values.p90());
  }

  private static String decimal(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}

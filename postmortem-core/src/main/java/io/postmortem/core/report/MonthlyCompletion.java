package io.postmortem.core.report;

import java.time.YearMonth;

/**
 * Items resolved in one month: on or before their due date, after it, or without one.
 *
 * @param month the month they were resolved in
 */
public record MonthlyCompletion(YearMonth month, int onTime, int late, int withoutDueDate) {
  /** Share of items with a due date that were done by it; 0 when none had one. */
  public double onTimeRate() {
    int withDueDate = onTime + late;
    return withDueDate == 0 ? 0 : (double) onTime / withDueDate;
  }
}

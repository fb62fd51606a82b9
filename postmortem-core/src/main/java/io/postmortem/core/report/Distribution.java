package io.postmortem.core.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Values of one measure in one period: how many, the median and the 90th percentile. */
public record Distribution(int count, double median, double p90) {
  static Distribution of(List<Double> values) {
    if (values.isEmpty()) {
      return new Distribution(0, 0, 0);
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return new Distribution(sorted.size(), percentile(sorted, 0.5), percentile(sorted, 0.9));
  }

  /** Nearest-rank percentile: a value that occurred, never an interpolation. */
  private static double percentile(List<Double> sorted, double share) {
    int rank = (int) Math.ceil(share * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }
}

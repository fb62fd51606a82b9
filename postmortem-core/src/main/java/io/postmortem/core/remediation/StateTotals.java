package io.postmortem.core.remediation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** How many open items are in each state; an item in several states counts in each. */
public final class StateTotals {
  private final Map<RemediationState, Long> counts;

  private StateTotals(Map<RemediationState, Long> counts) {
    EnumMap<RemediationState, Long> copy = new EnumMap<>(RemediationState.class);
    for (RemediationState state : RemediationState.values()) {
      long count = counts.getOrDefault(state, 0L);
      if (count < 0) {
        throw new IllegalArgumentException("negative total for " + state);
      }
      copy.put(state, count);
    }
    this.counts = Collections.unmodifiableMap(copy);
  }

  /** Totals counted from assessed items. */
  public static StateTotals of(Iterable<ItemAssessment> assessments) {
    EnumMap<RemediationState, Long> counts = new EnumMap<>(RemediationState.class);
    for (ItemAssessment assessment : assessments) {
      assessment.states().forEach(state -> counts.merge(state, 1L, Long::sum));
    }
    return new StateTotals(counts);
  }

  /** Totals counted elsewhere, e.g. one index count per state; missing states count zero. */
  public static StateTotals ofCounts(Map<RemediationState, Long> counts) {
    return new StateTotals(counts);
  }

  public long count(RemediationState state) {
    return counts.get(state);
  }

  /** Every state with its total, in precedence order. */
  public Map<RemediationState, Long> asMap() {
    return counts;
  }
}

package io.postmortem.core.checklist;

import java.util.List;

/**
 * Everything the checklist found, in the engine's fixed rule order so a user can fix the postmortem
 * in one pass.
 *
 * @param results one entry per rule, in rule order
 * @param metrics time to detect / mitigate / resolve derived from the timeline
 */
public record ChecklistReport(List<RuleResult> results, TimelineMetrics metrics) {
  public ChecklistReport {
    results = List.copyOf(results);
  }

  /** Every violation, blocking and warning, in rule order. */
  public List<Violation> violations() {
    return results.stream().flatMap(r -> r.violations().stream()).toList();
  }

  public List<Violation> blocking() {
    return violations().stream().filter(Violation::blocks).toList();
  }

  public List<Violation> warnings() {
    return violations().stream().filter(v -> !v.blocks()).toList();
  }

  /** True when a workflow transition guarded by this checklist must not go ahead. */
  public boolean blocksTransition() {
    return results.stream().anyMatch(r -> r.outcome() == RuleOutcome.FAILED);
  }
}

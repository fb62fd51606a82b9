package io.postmortem.core.checklist;

import java.util.List;

/**
 * One rule's result.
 *
 * @param ruleId the rule's id
 * @param outcome passed, failed, warned or off
 * @param violations what it found, empty when passed or off
 */
public record RuleResult(String ruleId, RuleOutcome outcome, List<Violation> violations) {
  public RuleResult {
    violations = List.copyOf(violations == null ? List.of() : violations);
  }
}

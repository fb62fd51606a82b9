package io.postmortem.core.checklist;

/** What a failed rule does to a workflow transition. */
public enum RuleSeverity {
  /** The transition is blocked until the rule passes. */
  BLOCK,
  /** The finding is shown on the issue but the transition goes ahead. */
  WARN,
  /** The rule is not evaluated. */
  OFF
}

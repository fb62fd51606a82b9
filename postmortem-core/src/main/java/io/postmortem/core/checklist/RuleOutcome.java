package io.postmortem.core.checklist;

/** How one rule came out, for the checklist panel: passed, failed (blocking), warned, or off. */
public enum RuleOutcome {
  PASSED,
  FAILED,
  WARNED,
  OFF
}

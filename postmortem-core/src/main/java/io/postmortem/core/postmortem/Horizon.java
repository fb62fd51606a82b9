package io.postmortem.core.postmortem;

/** Whether an action item is a quick fix (weeks) or a structural change (months). */
public enum Horizon {
  SHORT_TERM,
  LONG_TERM
}

package io.postmortem.core.remediation;

/**
 * Where an open remediation item stands. An item may be in several states at once; the declaration
 * order is the precedence that picks its primary state, most urgent first, because a missed date is
 * worse than a missing owner, and a missing owner is worse than a date that is merely close.
 */
public enum RemediationState {
  OVERDUE,
  NO_CONFIRMED_OWNER,
  DUE_SOON,
  NOT_SCHEDULED,
  NO_DUE_DATE,
  ON_TRACK;

  /** The query-string and JSON name, e.g. {@code due-soon}. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** The state named by {@link #id()}, or null when the text names none. */
  public static RemediationState fromId(String id) {
    for (RemediationState state : values()) {
      if (state.id().equals(id)) {
        return state;
      }
    }
    return null;
  }
}

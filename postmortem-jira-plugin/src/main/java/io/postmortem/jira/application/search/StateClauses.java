package io.postmortem.jira.application.search;

import io.postmortem.core.remediation.RemediationPolicy;
import io.postmortem.core.remediation.RemediationState;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Each remediation state as a JQL clause the index can answer, so the dashboard counts a state with
 * one {@code searchCount} instead of loading its issues. The clauses mirror {@link
 * io.postmortem.core.remediation.RemediationClassifier}; "no confirmed owner" relies on the {@code
 * confirmedRemediationItems()} function, which lists the items whose stored confirmation is
 * current.
 */
public final class StateClauses {
  public static final String OVERDUE = "duedate < startOfDay()";

  public static final String NO_CONFIRMED_OWNER =
      "(assignee is EMPTY OR issue not in confirmedRemediationItems())";

  private static final String SCHEDULED = "(fixVersion is not EMPTY OR sprint is not EMPTY)";

  private final Map<RemediationState, String> clauses = new EnumMap<>(RemediationState.class);

  public StateClauses(RemediationPolicy policy) {
    clauses.put(RemediationState.OVERDUE, OVERDUE);
    clauses.put(
        RemediationState.DUE_SOON,
        "(duedate >= startOfDay() AND duedate <= endOfDay(\"+" + policy.dueSoonDays() + "d\"))");
    clauses.put(RemediationState.NO_DUE_DATE, "duedate is EMPTY");
    clauses.put(
        RemediationState.NOT_SCHEDULED,
        "(NOT "
            + SCHEDULED
            + " AND created <= startOfDay(\"-"
            + policy.scheduleWithinDays()
            + "d\"))");
    clauses.put(RemediationState.NO_CONFIRMED_OWNER, NO_CONFIRMED_OWNER);
    String anyOther = clauses.values().stream().collect(Collectors.joining(" OR ", "NOT (", ")"));
    clauses.put(RemediationState.ON_TRACK, anyOther);
  }

  public String clause(RemediationState state) {
    return clauses.get(state);
  }

  /** Matches issues that are in a sprint or a fix version. */
  public static String scheduled() {
    return SCHEDULED;
  }
}

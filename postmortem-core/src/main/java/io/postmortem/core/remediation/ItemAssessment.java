package io.postmortem.core.remediation;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

/**
 * An open item's states on one day.
 *
 * @param item the item
 * @param states every state that applies, never empty
 * @param ageDays whole days since the item was created
 * @param daysUntilDue days from today to the due date (negative when overdue), null without a date
 */
public record ItemAssessment(
    OpenRemediationItem item, Set<RemediationState> states, long ageDays, Long daysUntilDue) {

  public ItemAssessment {
    Objects.requireNonNull(item, "item");
    if (states == null || states.isEmpty()) {
      throw new IllegalArgumentException("an assessment needs at least one state");
    }
    states = Collections.unmodifiableSet(EnumSet.copyOf(states));
  }

  /** The most urgent of the item's states, by {@link RemediationState} precedence. */
  public RemediationState primaryState() {
    return states.iterator().next();
  }

  public boolean has(RemediationState state) {
    return states.contains(state);
  }

  /** Days past the due date, empty when the item is not overdue. */
  public OptionalLong daysOverdue() {
    return has(RemediationState.OVERDUE) ? OptionalLong.of(-daysUntilDue) : OptionalLong.empty();
  }
}

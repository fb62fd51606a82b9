package io.postmortem.core.postmortem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An assignee's "I own this, and I agree to this due date" handshake on an action item. It is void
 * once the assignee or the due date changes, because then nobody agreed to what the item now says.
 *
 * @param userKey the Jira user key of the person who confirmed
 * @param confirmedAt when they confirmed
 * @param agreedDueDate the due date they agreed to, or null if the item had none
 */
public record OwnershipConfirmation(String userKey, Instant confirmedAt, LocalDate agreedDueDate) {
  public OwnershipConfirmation {
    Objects.requireNonNull(userKey, "userKey");
    Objects.requireNonNull(confirmedAt, "confirmedAt");
  }

  /** True while the confirmation still describes the item's current assignee and due date. */
  public boolean holdsFor(String assigneeKey, LocalDate dueDate) {
    return userKey.equals(assigneeKey) && Objects.equals(agreedDueDate, dueDate);
  }
}

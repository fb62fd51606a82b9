package io.postmortem.core.postmortem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A remediation action item: a Jira sub-task of the postmortem or an issue linked from another
 * team's project.
 *
 * @param key issue key
 * @param summary issue summary
 * @param priority mapped priority level
 * @param horizon short or long term, or null when nobody said
 * @param assigneeKey Jira user key of the assignee, or null when unassigned
 * @param dueDate due date, or null
 * @param done whether the item is resolved
 * @param confirmation the assignee's ownership confirmation, or null
 * @param successMeasure how success will be measured, or null/blank
 * @param scheduled whether it is in a sprint or fix version
 * @param createdAt when the item was created
 * @param assigneeInactive whether the assignee is deactivated or deleted in Jira: nobody can do the
 *     work, whatever they confirmed before
 */
public record ActionItem(
    String key,
    String summary,
    PriorityLevel priority,
    Horizon horizon,
    String assigneeKey,
    LocalDate dueDate,
    boolean done,
    OwnershipConfirmation confirmation,
    String successMeasure,
    boolean scheduled,
    Instant createdAt,
    boolean assigneeInactive) {

  public ActionItem {
    Objects.requireNonNull(key, "key");
    summary = summary == null ? "" : summary;
    priority = priority == null ? PriorityLevel.MEDIUM : priority;
    successMeasure = successMeasure == null ? "" : successMeasure;
  }

  /** An item whose assignee is active, as most are. */
  public ActionItem(
      String key,
      String summary,
      PriorityLevel priority,
      Horizon horizon,
      String assigneeKey,
      LocalDate dueDate,
      boolean done,
      OwnershipConfirmation confirmation,
      String successMeasure,
      boolean scheduled,
      Instant createdAt) {
    this(
        key,
        summary,
        priority,
        horizon,
        assigneeKey,
        dueDate,
        done,
        confirmation,
        successMeasure,
        scheduled,
        createdAt,
        false);
  }

  public Optional<String> assignee() {
    return Optional.ofNullable(assigneeKey);
  }

  public Optional<LocalDate> due() {
    return Optional.ofNullable(dueDate);
  }

  public Optional<Horizon> horizonIfKnown() {
    return Optional.ofNullable(horizon);
  }

  /**
   * True when the current assignee, still active in Jira, confirmed ownership of the current due
   * date.
   */
  public boolean isOwnershipConfirmed() {
    return assigneeKey != null
        && !assigneeInactive
        && confirmation != null
        && confirmation.holdsFor(assigneeKey, dueDate);
  }

  public ActionItem withConfirmation(OwnershipConfirmation newConfirmation) {
    return new ActionItem(
        key,
        summary,
        priority,
        horizon,
        assigneeKey,
        dueDate,
        done,
        newConfirmation,
        successMeasure,
        scheduled,
        createdAt,
        assigneeInactive);
  }
}

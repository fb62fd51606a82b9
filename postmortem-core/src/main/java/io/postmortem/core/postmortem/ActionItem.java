package io.postmortem.core.postmortem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

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
 *     work, so no confirmation holds
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

  /** An item with only its key: unassigned, Medium, no horizon, no due date, open. */
  public static Builder builder(String key) {
    return new Builder(key);
  }

  /** A copy to change one thing of. */
  public Builder toBuilder() {
    return new Builder(key)
        .summary(summary)
        .priority(priority)
        .horizon(horizon)
        .assigneeKey(assigneeKey)
        .dueDate(dueDate)
        .done(done)
        .confirmation(confirmation)
        .successMeasure(successMeasure)
        .scheduled(scheduled)
        .createdAt(createdAt)
        .assigneeInactive(assigneeInactive);
  }

  /** True when the current assignee confirmed ownership of the current due date. */
  public boolean isOwnershipConfirmed() {
    return assigneeKey != null
        && !assigneeInactive
        && confirmation != null
        && confirmation.holdsFor(assigneeKey, dueDate);
  }

  public ActionItem withConfirmation(OwnershipConfirmation newConfirmation) {
    return toBuilder().confirmation(newConfirmation).build();
  }

  /** Names every fact, so booleans and strings cannot swap places unnoticed. */
  public static final class Builder {
    private final String key;
    private String summary = "";
    private PriorityLevel priority = PriorityLevel.MEDIUM;
    private Horizon horizon;
    private String assigneeKey;
    private LocalDate dueDate;
    private boolean done;
    private OwnershipConfirmation confirmation;
    private String successMeasure = "";
    private boolean scheduled;
    private Instant createdAt;
    private boolean assigneeInactive;

    private Builder(String key) {
      this.key = Objects.requireNonNull(key, "key");
    }

    public Builder summary(String value) {
      summary = value;
      return this;
    }

    public Builder priority(PriorityLevel value) {
      priority = value;
      return this;
    }

    /** Short or long term; null when nobody said. */
    public Builder horizon(Horizon value) {
      horizon = value;
      return this;
    }

    /** The assignee's Jira user key; null when unassigned. */
    public Builder assigneeKey(String value) {
      assigneeKey = value;
      return this;
    }

    public Builder dueDate(LocalDate value) {
      dueDate = value;
      return this;
    }

    public Builder done(boolean value) {
      done = value;
      return this;
    }

    public Builder confirmation(OwnershipConfirmation value) {
      confirmation = value;
      return this;
    }

    public Builder successMeasure(String value) {
      successMeasure = value;
      return this;
    }

    /** The assignee is deactivated or deleted in Jira. */
    public Builder assigneeInactive(boolean value) {
      assigneeInactive = value;
      return this;
    }

    /** Whether it is in a sprint or fix version. */
    public Builder scheduled(boolean value) {
      scheduled = value;
      return this;
    }

    public Builder createdAt(Instant value) {
      createdAt = value;
      return this;
    }

    public ActionItem build() {
      return new ActionItem(
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
          assigneeInactive);
    }
  }
}

package io.postmortem.core.postmortem;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A specific, owned, confirmed High short-term item due well within the limit; change one thing.
 */
public final class ActionItemBuilder {

  private String key;
  private String summary = "Alert on queue depth above 10,000 messages for the payments consumer";
  private PriorityLevel priority = PriorityLevel.HIGH;
  private Horizon horizon = Horizon.SHORT_TERM;
  private String assignee = "alice";
  private LocalDate due = PostmortemBuilder.CREATED_ON.plusDays(20);
  private boolean done;
  private OwnershipConfirmation confirmation;
  private boolean confirmedAsBuilt = true;
  private String successMeasure = "The alert fires within 2 minutes in the staging load test";
  private boolean scheduled = true;
  private Instant createdAt = Instant.parse("2027-01-04T12:00:00Z");

  private ActionItemBuilder(String key) {
    this.key = key;
  }

  public static ActionItemBuilder anActionItem(String key) {
    return new ActionItemBuilder(key);
  }

  /** A long-term Medium item, e.g. the structural fix. */
  public static ActionItemBuilder aLongTermItem(String key) {
    return new ActionItemBuilder(key)
        .withSummary("Automate failover of the primary database and document it in the runbook")
        .withPriority(PriorityLevel.MEDIUM)
        .withHorizon(Horizon.LONG_TERM)
        .withAssignee("bob")
        .withDue(PostmortemBuilder.CREATED_ON.plusDays(80))
        .withSuccessMeasure("Failover drill completes in under 5 minutes");
  }

  public ActionItemBuilder withKey(String newKey) {
    this.key = newKey;
    return this;
  }

  public ActionItemBuilder withSummary(String text) {
    this.summary = text;
    return this;
  }

  public ActionItemBuilder withPriority(PriorityLevel level) {
    this.priority = level;
    return this;
  }

  public ActionItemBuilder withHorizon(Horizon value) {
    this.horizon = value;
    return this;
  }

  public ActionItemBuilder withAssignee(String userKey) {
    this.assignee = userKey;
    return this;
  }

  public ActionItemBuilder withDue(LocalDate date) {
    this.due = date;
    return this;
  }

  public ActionItemBuilder done() {
    this.done = true;
    return this;
  }

  public ActionItemBuilder withSuccessMeasure(String text) {
    this.successMeasure = text;
    return this;
  }

  public ActionItemBuilder unconfirmed() {
    this.confirmedAsBuilt = false;
    this.confirmation = null;
    return this;
  }

  /** Not planned into a sprint or version yet. */
  public ActionItemBuilder unscheduled() {
    this.scheduled = false;
    return this;
  }

  public ActionItemBuilder createdAt(Instant at) {
    this.createdAt = at;
    return this;
  }

  /** A confirmation by {@code userKey} of {@code agreedDue}, whatever the item says now. */
  public ActionItemBuilder confirmedBy(String userKey, LocalDate agreedDue) {
    this.confirmedAsBuilt = false;
    this.confirmation =
        new OwnershipConfirmation(userKey, Instant.parse("2027-01-04T15:00:00Z"), agreedDue);
    return this;
  }

  private boolean assigneeInactive;

  public ActionItem build() {
    OwnershipConfirmation confirmed =
        confirmedAsBuilt && assignee != null
            ? new OwnershipConfirmation(assignee, Instant.parse("2027-01-04T15:00:00Z"), due)
            : confirmation;
    return new ActionItem(
        key,
        summary,
        priority,
        horizon,
        assignee,
        due,
        done,
        confirmed,
        successMeasure,
        scheduled,
        createdAt,
        assigneeInactive);
  }

  /** The assignee was deactivated or deleted in Jira after the item was assigned. */
  public ActionItemBuilder withInactiveAssignee() {
    this.assigneeInactive = true;
    return this;
  }
}

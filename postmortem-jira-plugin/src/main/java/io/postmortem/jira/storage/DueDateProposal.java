package io.postmortem.jira.storage;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An assignee's proposal of another due date for an action item, shown to the postmortem's owner.
 *
 * @param id storage id
 * @param issueId the action item's issue id
 * @param userKey who proposed
 * @param proposedDue the date they can commit to
 * @param comment why, possibly empty
 * @param createdAt when
 * @param status open until the assignee confirms or proposes again, or the postmortem's owner
 *     accepts or declines it
 */
public record DueDateProposal(
    long id,
    long issueId,
    String userKey,
    LocalDate proposedDue,
    String comment,
    Instant createdAt,
    Status status) {

  public enum Status {
    OPEN,
    SUPERSEDED,
    /** The postmortem's owner accepted the date: it counts as the proposer's confirmation. */
    ACCEPTED,
    /** The postmortem's owner declined, with a reason left as a comment on the item. */
    DECLINED
  }
}

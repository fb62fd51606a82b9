package io.postmortem.jira.storage;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** An assignee's counter-proposal of another due date for an action item. */
@Table("DueProposal")
public interface DueProposalEntity extends Entity {
  @NotNull
  @Indexed
  long getIssueId();

  void setIssueId(long issueId);

  @NotNull
  String getUserKey();

  void setUserKey(String userKey);

  @NotNull
  String getProposedDue();

  void setProposedDue(String proposedDue);

  @StringLength(StringLength.UNLIMITED)
  String getComment();

  void setComment(String comment);

  @NotNull
  Date getCreatedAt();

  void setCreatedAt(Date createdAt);

  /** A {@link DueDateProposal.Status} name. */
  @NotNull
  String getStatus();

  void setStatus(String status);
}

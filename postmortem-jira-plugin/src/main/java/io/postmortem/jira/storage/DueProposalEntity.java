package io.postmortem.jira.storage;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

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

  /**
   * Schema v2: the item's issue id while the proposal is open, {@code superseded-<id>} after. A
   * unique column, so the database holds at most one open proposal per item; nullable only because
   * AO cannot add a NOT NULL column to a table with rows ({@link SchemaV2UpgradeTask} fills it).
   */
  @Unique
  String getOpenKey();

  void setOpenKey(String openKey);
}

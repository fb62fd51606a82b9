package io.postmortem.jira.storage;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** An assignee's ownership confirmation of one action item; at most one row per item. */
@Table("OwnerConfirm")
public interface OwnershipEntity extends Entity {
  @NotNull
  @Indexed
  long getIssueId();

  void setIssueId(long issueId);

  @NotNull
  String getUserKey();

  void setUserKey(String userKey);

  @NotNull
  Date getConfirmedAt();

  void setConfirmedAt(Date confirmedAt);

  /** ISO yyyy-MM-dd, null when the item had no due date; a string so no time zone shifts it. */
  String getAgreedDue();

  void setAgreedDue(String agreedDue);
}

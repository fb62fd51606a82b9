package io.postmortem.jira.storage;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * An assignee's ownership confirmation of one action item. At most one row per item, which the
 * database enforces since schema v2 ({@link SchemaV2UpgradeTask}).
 */
@Table("OwnerConfirm")
public interface OwnershipEntity extends Entity {
  @NotNull
  @Indexed
  @Unique
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

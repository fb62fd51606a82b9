package io.postmortem.jira.storage;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * An incident whose automatic postmortem was claimed (schema v3). The incident id is unique, so
 * claiming is one insert: whichever node handles the resolution first wins, a second node or a
 * second resolution meets the key and creates nothing.
 */
@Table("AutoPmClaim")
public interface AutoPostmortemClaimEntity extends Entity {

  /** The incident's issue id. */
  @NotNull
  @Indexed
  @Unique
  long getIssueId();

  void setIssueId(long issueId);

  /** The postmortem created for it; null while the creation runs or when it failed. */
  String getPostmortemKey();

  void setPostmortemKey(String postmortemKey);

  @NotNull
  Date getClaimedAt();

  void setClaimedAt(Date claimedAt);
}

package io.postmortem.jira.storage;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One person's digest on one day (schema v2). The claim key {@code <day>/<user key>} is unique, so
 * claiming a day is a single insert: the database lets exactly one node or run win it, and a
 * duplicate means the digest is already sent. Active Objects has no composite unique constraints,
 * hence one column holding both parts.
 */
@Table("ReminderClaim")
public interface ReminderClaimEntity extends Entity {

  @NotNull
  @Unique
  @StringLength(450)
  String getClaimKey();

  void setClaimKey(String claimKey);

  @NotNull
  @Indexed
  String getUserKey();

  void setUserKey(String userKey);

  /**
   * ISO yyyy-MM-dd; sorts like the date it is. Not named DAY: a reserved word in H2 2, which Active
   * Objects does not quote (the H2 store tests found it).
   */
  @NotNull
  String getClaimDay();

  void setClaimDay(String claimDay);
}

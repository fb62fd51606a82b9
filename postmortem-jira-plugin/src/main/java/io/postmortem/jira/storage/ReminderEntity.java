package io.postmortem.jira.storage;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One person's reminder digest history (dashboard / reminders). The table name is explicit and
 * short (AO limits the generated name to 30 characters) so the interface can be renamed freely;
 * never rename the table.
 */
@Table("Reminder")
public interface ReminderEntity extends Entity {

  @NotNull
  @Unique
  @Indexed
  String getUserKey();

  void setUserKey(String userKey);

  /**
   * Schema v1 only: ISO date (yyyy-MM-dd) of the last digest. Since v2 each digest is a {@link
   * ReminderClaimEntity} row; {@link SchemaV2UpgradeTask} copied these dates there.
   */
  String getLastSent();

  void setLastSent(String lastSent);

  boolean isOptedOut();

  void setOptedOut(boolean optedOut);
}

package io.postmortem.jira.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.core.remediation.DeliveryHistory;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The reminder ledger in Active Objects. A day's digest is claimed by one insert under the unique
 * key (day, user): whichever node or run inserts first sends it, every other one meets the key and
 * sends nothing. No read-then-write, so two runs on the same day cannot both win.
 */
@Named
public class ActiveObjectsReminderLedger implements ReminderLedger {
  /** Claims older than this are purged; only the newest one is ever read. */
  static final int KEPT_DAYS = 7;

  private final ActiveObjects ao;

  @Inject
  public ActiveObjectsReminderLedger(@ComponentImport ActiveObjects ao) {
    this.ao = ao;
  }

  @Override
  public DeliveryHistory history(String userKey) {
    ReminderClaimEntity[] last =
        ao.find(
            ReminderClaimEntity.class,
            Query.select().where("USER_KEY = ?", userKey).order("CLAIM_DAY DESC").limit(1));
    ReminderEntity preferences = preferences(userKey);
    return new DeliveryHistory(
        last.length == 0 ? null : Dates.parse(last[0].getClaimDay()),
        preferences != null && preferences.isOptedOut());
  }

  @Override
  public boolean claim(String userKey, LocalDate day) {
    ReminderEntity preferences = preferences(userKey);
    if (preferences != null && preferences.isOptedOut()) {
      return false;
    }
    try {
      ao.executeInTransaction(
          () ->
              ao.create(
                  ReminderClaimEntity.class,
                  new DBParam("CLAIM_KEY", claimKey(userKey, day)),
                  new DBParam("USER_KEY", userKey),
                  new DBParam("CLAIM_DAY", day.toString())));
    } catch (RuntimeException e) {
      if (UniqueKeys.isDuplicate(e)) {
        return false;
      }
      throw e;
    }
    // Only the newest claim is ever read; older ones would grow the table by a row a day.
    ao.executeInTransaction(
        () ->
            ao.deleteWithSQL(
                ReminderClaimEntity.class,
                "USER_KEY = ? AND CLAIM_DAY < ?",
                userKey,
                day.minusDays(KEPT_DAYS).toString()));
    return true;
  }

  /** The opt-out row is unique per user; a concurrent first write retries as an update. */
  @Override
  public void setOptedOut(String userKey, boolean optedOut) {
    UniqueKeys.retryOnDuplicate(
        () ->
            ao.executeInTransaction(
                () -> {
                  ReminderEntity row = preferences(userKey);
                  if (row == null) {
                    ao.create(
                        ReminderEntity.class,
                        new DBParam("USER_KEY", userKey),
                        new DBParam("OPTED_OUT", optedOut));
                  } else {
                    row.setOptedOut(optedOut);
                    row.save();
                  }
                  return null;
                }));
  }

  /**
   * {@code 2026-11-27/JIRAUSER10100}: the day first, so the key is unambiguous for any user key.
   */
  static String claimKey(String userKey, LocalDate day) {
    return day + "/" + userKey;
  }

  private ReminderEntity preferences(String userKey) {
    ReminderEntity[] rows =
        ao.find(ReminderEntity.class, Query.select().where("USER_KEY = ?", userKey));
    return rows.length == 0 ? null : rows[0];
  }
}

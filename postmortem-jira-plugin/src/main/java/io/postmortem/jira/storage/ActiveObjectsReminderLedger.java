package io.postmortem.jira.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.core.remediation.DeliveryHistory;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** The reminder ledger in Active Objects; every write runs in one transaction. */
@Named
public class ActiveObjectsReminderLedger implements ReminderLedger {
  private final ActiveObjects ao;

  @Inject
  public ActiveObjectsReminderLedger(@ComponentImport ActiveObjects ao) {
    this.ao = ao;
  }

  @Override
  public DeliveryHistory history(String userKey) {
    ReminderEntity row = find(userKey);
    if (row == null) {
      return DeliveryHistory.NONE;
    }
    return historyOf(row);
  }

  @Override
  public boolean claim(String userKey, LocalDate day) {
    return ao.executeInTransaction(
        () -> {
          ReminderEntity row = find(userKey);
          if (row == null) {
            ao.create(
                ReminderEntity.class,
                new DBParam("USER_KEY", userKey),
                new DBParam("LAST_SENT", day.toString()),
                new DBParam("OPTED_OUT", false));
            return true;
          }
          if (!historyOf(row).allowsDigestOn(day)) {
            return false;
          }
          row.setLastSent(day.toString());
          row.save();
          return true;
        });
  }

  @Override
  public void setOptedOut(String userKey, boolean optedOut) {
    ao.executeInTransaction(
        () -> {
          ReminderEntity row = find(userKey);
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
        });
  }

  private ReminderEntity find(String userKey) {
    ReminderEntity[] rows =
        ao.find(ReminderEntity.class, Query.select().where("USER_KEY = ?", userKey));
    return rows.length == 0 ? null : rows[0];
  }

  private static DeliveryHistory historyOf(ReminderEntity row) {
    return new DeliveryHistory(Dates.parse(row.getLastSent()), row.isOptedOut());
  }
}

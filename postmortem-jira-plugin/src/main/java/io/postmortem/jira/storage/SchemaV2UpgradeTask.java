package io.postmortem.jira.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.java.ao.DBParam;
import net.java.ao.Entity;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Schema version 2: unique keys, so concurrent writers on several nodes can no longer leave two
 * rows where there must be one. One confirmation per action item, one settings row per project, one
 * open date proposal per item, and the reminder claim table whose (day, user) key makes the daily
 * claim a single insert.
 *
 * <p>A v1 database may already hold such duplicates, and a unique constraint cannot be added over
 * them, so the task first keeps the newest row of each group (older confirmations and settings rows
 * are deleted, older open proposals superseded, as a later write would have done), then migrates,
 * then fills the new columns. It only reads columns v1 has, and running it on a database that is
 * already v2 changes nothing. Persisted by class name in the descriptor: do not rename.
 */
public final class SchemaV2UpgradeTask implements ActiveObjectsUpgradeTask {

  static final String VERSION = "2";

  /** Every entity of schema v2: v1's and the reminder claims. */
  static final List<Class<? extends RawEntity<?>>> ENTITIES = entities();

  @Override
  public ModelVersion getModelVersion() {
    return ModelVersion.valueOf(VERSION);
  }

  @Override
  @SuppressWarnings("unchecked")
  public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
    keepNewestConfirmationPerItem(ao);
    keepNewestSettingsPerProject(ao);
    ao.migrate(DueProposalStaging.class);
    keepNewestOpenProposalPerItem(ao);
    fillOpenKeys(ao);
    ao.migrate(ENTITIES.toArray(new Class[0]));
    copyLastDigestDays(ao);
  }

  private static void keepNewestConfirmationPerItem(ActiveObjects ao) {
    Set<Long> seen = new HashSet<>();
    for (OwnershipEntity row :
        ao.find(
            OwnershipEntity.class,
            Query.select("ID, ISSUE_ID").order("ISSUE_ID, CONFIRMED_AT DESC, ID DESC"))) {
      if (!seen.add(row.getIssueId())) {
        ao.deleteWithSQL(OwnershipEntity.class, "ID = ?", row.getID());
      }
    }
  }

  private static void keepNewestSettingsPerProject(ActiveObjects ao) {
    Set<Long> seen = new HashSet<>();
    for (ProjectSettingsEntity row :
        ao.find(
            ProjectSettingsEntity.class,
            Query.select("ID, PROJECT_ID").order("PROJECT_ID, ID DESC"))) {
      if (!seen.add(row.getProjectId())) {
        ao.deleteWithSQL(ProjectSettingsEntity.class, "ID = ?", row.getID());
      }
    }
  }

  private static void keepNewestOpenProposalPerItem(ActiveObjects ao) {
    Set<Long> seen = new HashSet<>();
    for (DueProposalStaging row :
        ao.find(
            DueProposalStaging.class,
            Query.select("ID, ISSUE_ID")
                .where("STATUS = ?", DueDateProposal.Status.OPEN.name())
                .order("ISSUE_ID, CREATED_AT DESC, ID DESC"))) {
      if (!seen.add(row.getIssueId())) {
        row.setStatus(DueDateProposal.Status.SUPERSEDED.name());
        row.save();
      }
    }
  }

  private static void fillOpenKeys(ActiveObjects ao) {
    for (DueProposalStaging row :
        ao.find(
            DueProposalStaging.class,
            Query.select("ID, ISSUE_ID, STATUS").where("OPEN_KEY IS NULL"))) {
      boolean open = DueDateProposal.Status.OPEN.name().equals(row.getStatus());
      row.setOpenKey(
          open
              ? OwnershipStore.openKey(row.getIssueId())
              : OwnershipStore.supersededKey(row.getID()));
      row.save();
    }
  }

  /** A v1 digest sent today must still count as sent after the upgrade. */
  private static void copyLastDigestDays(ActiveObjects ao) {
    for (ReminderEntity row :
        ao.find(
            ReminderEntity.class,
            Query.select("ID, USER_KEY, LAST_SENT").where("LAST_SENT IS NOT NULL"))) {
      var day = Dates.parse(row.getLastSent());
      String key = day == null ? null : ActiveObjectsReminderLedger.claimKey(row.getUserKey(), day);
      if (key != null && ao.count(ReminderClaimEntity.class, "CLAIM_KEY = ?", key) == 0) {
        ao.create(
            ReminderClaimEntity.class,
            new DBParam("CLAIM_KEY", key),
            new DBParam("USER_KEY", row.getUserKey()),
            new DBParam("CLAIM_DAY", day.toString()));
      }
    }
  }

  /**
   * The proposal table between v1 and v2: v1's columns as they are, plus OPEN_KEY without its
   * unique key. Active Objects makes a unique column NOT NULL, which it cannot add to a table that
   * has rows (PostgreSQL and H2 both refused in the store tests), so the column is added plain,
   * filled, and only then made unique by the migration to v2.
   */
  @Table("DueProposal")
  interface DueProposalStaging extends Entity {
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

    @NotNull
    String getStatus();

    void setStatus(String status);

    String getOpenKey();

    void setOpenKey(String openKey);
  }

  private static List<Class<? extends RawEntity<?>>> entities() {
    List<Class<? extends RawEntity<?>>> entities = new ArrayList<>(SchemaV1UpgradeTask.ENTITIES);
    entities.add(ReminderClaimEntity.class);
    return List.copyOf(entities);
  }
}

package io.postmortem.jira.storage;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.atlassian.activeobjects.external.ModelVersion;
import io.postmortem.core.postmortem.OwnershipConfirmation;
import io.postmortem.jira.testing.AoModule;
import io.postmortem.jira.testing.DatabaseTest;
import io.postmortem.jira.testing.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.DBParam;
import org.junit.Test;

/**
 * The upgrade tasks of the shipped {@code <ao>} module on real databases: a fresh install, and a v1
 * database holding rows v1 allowed (duplicates included) brought to v2.
 */
public class SchemaUpgradeTest extends DatabaseTest {

  private static final Instant OLD = Instant.parse("2026-11-01T08:00:00Z");
  private static final Instant NEW = Instant.parse("2026-11-02T08:00:00Z");
  private static final LocalDate TODAY = LocalDate.parse("2026-11-27");

  public SchemaUpgradeTest(TestDatabase database) {
    super(database);
  }

  @Test
  public void aFreshInstallReachesTheNewestModelVersion() {
    database.dropTables();

    ModelVersion reached = AoModule.shipped().upgrade(ao, null);

    assertEquals(ModelVersion.valueOf(SchemaV4UpgradeTask.VERSION), reached);
    assertTrue(new ActiveObjectsReminderLedger(ao).claim("alice", TODAY));
    assertTrue(new AutomaticPostmortemStore(ao).claim(5L, OLD));
  }

  @Test
  public void theDescriptorListsEveryEntityOfTheNewestSchemaAndTheTasksInVersionOrder() {
    AoModule module = AoModule.shipped();

    assertEquals(SchemaV4UpgradeTask.ENTITIES, module.entities);
    assertEquals(
        List.of("1", "2", "3", "4"),
        module.upgradeTasks.stream().map(t -> t.getModelVersion().toString()).toList());
  }

  @Test
  public void upgradingAVersionOneDatabaseKeepsItsRowsAndRemovesTheDuplicatesV1Allowed() {
    aVersionOneDatabaseWithDuplicates();

    AoModule.shipped().upgrade(ao, ModelVersion.valueOf(SchemaV1UpgradeTask.VERSION));

    OwnershipStore ownership = new OwnershipStore(ao);
    assertEquals(
        Map.of(
            11L, new OwnershipConfirmation("carol", NEW, LocalDate.parse("2026-12-10")),
            12L, new OwnershipConfirmation("dan", OLD, null)),
        ownership.confirmations(List.of(11L, 12L)));
    assertEquals(2, ao.count(OwnershipEntity.class));
    List<DueDateProposal> open = ownership.openProposals(List.of(11L)).get(11L);
    assertEquals(1, open.size());
    assertEquals(LocalDate.parse("2027-02-01"), open.get(0).proposedDue());
    assertEquals(3, ao.count(DueProposalEntity.class));
    assertEquals(Optional.of("Newer"), new ProjectSettingsStore(ao).riskAcceptanceRole(100L));
    assertEquals(1, ao.count(ProjectSettingsEntity.class));
    assertEquals(1, new TimelineStore(ao).forPostmortem(1L).size());
    assertEquals(1, new RiskAcceptanceStore(ao).forPostmortem(1L).size());
    assertEquals(1, new LanguageOverrideStore(ao).forPostmortem(1L).size());
  }

  @Test
  public void aDigestSentTodayUnderVersionOneIsNotSentAgainAfterTheUpgrade() {
    aVersionOneDatabaseWithDuplicates();

    AoModule.shipped().upgrade(ao, ModelVersion.valueOf(SchemaV1UpgradeTask.VERSION));

    ActiveObjectsReminderLedger ledger = new ActiveObjectsReminderLedger(ao);
    assertFalse(ledger.claim("alice", TODAY));
    assertTrue(ledger.history("bob").optedOut());
    assertTrue(ledger.claim("carol", TODAY));
  }

  @Test
  public void afterTheUpgradeTheDatabaseRefusesNewDuplicates() {
    aVersionOneDatabaseWithDuplicates();
    AoModule.shipped().upgrade(ao, ModelVersion.valueOf(SchemaV1UpgradeTask.VERSION));

    try {
      ao.executeInTransaction(
          () ->
              ao.create(
                  OwnershipEntity.class,
                  new DBParam("ISSUE_ID", 11L),
                  new DBParam("USER_KEY", "eve"),
                  new DBParam("CONFIRMED_AT", new Date())));
      fail("a second confirmation row was stored after the upgrade");
    } catch (RuntimeException e) {
      assertTrue(UniqueKeys.isDuplicate(e));
    }
  }

  @Test
  public void runningTheUpgradeAgainChangesNothing() {
    aVersionOneDatabaseWithDuplicates();
    AoModule.shipped().upgrade(ao, ModelVersion.valueOf(SchemaV1UpgradeTask.VERSION));

    new SchemaV2UpgradeTask().upgrade(ModelVersion.valueOf("2"), ao);

    assertEquals(2, ao.count(OwnershipEntity.class));
    assertEquals(3, ao.count(DueProposalEntity.class));
    assertEquals(1, ao.count(ReminderClaimEntity.class));
  }

  @Test
  public void upgradingAVersionTwoDatabaseKeepsItsRowsAndAddsTheAutomaticPostmortemTables() {
    aVersionOneDatabaseWithDuplicates();
    new SchemaV2UpgradeTask().upgrade(ModelVersion.valueOf(SchemaV1UpgradeTask.VERSION), ao);
    long confirmations = ao.count(OwnershipEntity.class);

    ModelVersion reached =
        AoModule.shipped().upgrade(ao, ModelVersion.valueOf(SchemaV2UpgradeTask.VERSION));

    assertEquals(ModelVersion.valueOf(SchemaV4UpgradeTask.VERSION), reached);
    assertEquals(confirmations, ao.count(OwnershipEntity.class));
    AutomaticPostmortemStore store = new AutomaticPostmortemStore(ao);
    assertTrue(store.claim(5L, OLD));
    assertFalse(store.claim(5L, NEW));
  }

  /** A database as v1 left it, with the duplicates its delete-then-insert writes could leave. */
  @SuppressWarnings("unchecked")
  private void aVersionOneDatabaseWithDuplicates() {
    database.dropTables();
    ao.migrate(SchemaV1.ENTITIES.toArray(new Class[0]));
    confirmation(11L, "bob", OLD, "2026-12-01");
    confirmation(11L, "carol", NEW, "2026-12-10");
    confirmation(12L, "dan", OLD, null);
    proposal(11L, "2027-01-15", OLD, "OPEN");
    proposal(11L, "2027-02-01", NEW, "OPEN");
    proposal(11L, "2026-12-20", OLD, "SUPERSEDED");
    ao.create(
        SchemaV1.ProjectSetting.class,
        new DBParam("PROJECT_ID", 100L),
        new DBParam("RISK_ROLE", "Older"));
    ao.create(
        SchemaV1.ProjectSetting.class,
        new DBParam("PROJECT_ID", 100L),
        new DBParam("RISK_ROLE", "Newer"));
    ao.create(
        SchemaV1.Reminder.class,
        new DBParam("USER_KEY", "alice"),
        new DBParam("LAST_SENT", TODAY.toString()),
        new DBParam("OPTED_OUT", false));
    ao.create(
        SchemaV1.Reminder.class, new DBParam("USER_KEY", "bob"), new DBParam("OPTED_OUT", true));
    ao.create(
        SchemaV1.Reminder.class,
        new DBParam("USER_KEY", "carol"),
        new DBParam("LAST_SENT", "not a date"),
        new DBParam("OPTED_OUT", false));
    ao.create(
        SchemaV1.TimelineEvent.class,
        new DBParam("ISSUE_ID", 1L),
        new DBParam("AT_MILLIS", OLD.toEpochMilli()),
        new DBParam("KIND", "DETECTED"),
        new DBParam("TEXT", "paged"),
        new DBParam("AUTHOR_KEY", "ed"));
    ao.create(
        SchemaV1.RiskAccept.class,
        new DBParam("ISSUE_ID", 1L),
        new DBParam("USER_KEY", "cto"),
        new DBParam("ACCEPTED_AT", Date.from(OLD)),
        new DBParam("REASON", "ok"),
        new DBParam("EXPIRES_ON", "2027-01-01"));
    ao.create(
        SchemaV1.LangOverride.class,
        new DBParam("ISSUE_ID", 1L),
        new DBParam("FINGERPRINT", "f"),
        new DBParam("REASON", "quoted"),
        new DBParam("USER_KEY", "ed"),
        new DBParam("CREATED_AT", Date.from(OLD)));
    database.entityManager().flushAll();
  }

  private void confirmation(long issueId, String user, Instant at, String due) {
    ao.create(
        SchemaV1.OwnerConfirm.class,
        new DBParam("ISSUE_ID", issueId),
        new DBParam("USER_KEY", user),
        new DBParam("CONFIRMED_AT", Date.from(at)),
        new DBParam("AGREED_DUE", due));
  }

  private void proposal(long issueId, String due, Instant at, String status) {
    ao.create(
        SchemaV1.DueProposal.class,
        new DBParam("ISSUE_ID", issueId),
        new DBParam("USER_KEY", "bob"),
        new DBParam("PROPOSED_DUE", due),
        new DBParam("COMMENT", ""),
        new DBParam("CREATED_AT", Date.from(at)),
        new DBParam("STATUS", status));
  }
}

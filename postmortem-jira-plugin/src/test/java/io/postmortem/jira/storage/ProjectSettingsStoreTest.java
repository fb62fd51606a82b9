package io.postmortem.jira.storage;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.postmortem.jira.testing.DatabaseTest;
import io.postmortem.jira.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.DBParam;
import org.junit.Test;

/** Per-project settings, on PostgreSQL and H2. */
public class ProjectSettingsStoreTest extends DatabaseTest {

  private final ProjectSettingsStore store = new ProjectSettingsStore(ao);

  public ProjectSettingsStoreTest(TestDatabase database) {
    super(database);
  }

  @Test
  public void aProjectThatNeverSavedReadsAsDefaults() {
    store.save(200L, Map.of("items.max", "8"), "Stakeholders");

    assertEquals(Optional.empty(), store.checklist(100L));
    assertEquals(Optional.empty(), store.riskAcceptanceRole(100L));
  }

  @Test
  public void savedChecklistSettingsReadBackExactlyEvenWithSeparatorsInValues() {
    Map<String, String> settings =
        Map.of("language.phrases.en", "to blame = bad, line\nbreak", "items.max", "8");

    store.save(100L, settings, "");

    assertEquals(Optional.of(settings), store.checklist(100L));
    assertEquals(Optional.empty(), store.riskAcceptanceRole(100L));
  }

  @Test
  public void aLongChecklistIsStoredWhole() {
    Map<String, String> settings = Map.of("language.phrases.en", "p".repeat(20_000));

    store.save(100L, settings, null);

    assertEquals(Optional.of(settings), store.checklist(100L));
  }

  @Test
  public void settingTheRiskRoleKeepsTheProjectsChecklist() {
    store.save(100L, Map.of("items.max", "8"), null);

    store.setRiskAcceptanceRole(100L, " Stakeholders ");

    assertEquals(Optional.of(Map.of("items.max", "8")), store.checklist(100L));
    assertEquals(Optional.of("Stakeholders"), store.riskAcceptanceRole(100L));
  }

  @Test
  public void aBlankRiskRoleRestoresTheAdministratorDefault() {
    store.setRiskAcceptanceRole(100L, "Stakeholders");

    store.setRiskAcceptanceRole(100L, "  ");

    assertEquals(Optional.empty(), store.riskAcceptanceRole(100L));
    assertEquals(1, ao.count(ProjectSettingsEntity.class));
  }

  @Test
  public void theDatabaseRefusesASecondSettingsRowForAProject() {
    store.save(100L, Map.of(), "Stakeholders");

    try {
      ao.executeInTransaction(
          () -> ao.create(ProjectSettingsEntity.class, new DBParam("PROJECT_ID", 100L)));
      fail("a second settings row was stored");
    } catch (RuntimeException e) {
      assertTrue(UniqueKeys.isDuplicate(e));
    }
  }

  @Test
  public void concurrentSavesOfOneProjectLeaveOneRowHoldingOneOfTheSaves() throws Exception {
    List<Object> outcomes =
        OwnershipStoreTest.concurrently(
            8,
            user -> {
              store.save(100L, Map.of("items.max", "8"), user);
              return user;
            });

    assertEquals(1, ao.count(ProjectSettingsEntity.class));
    String stored = store.riskAcceptanceRole(100L).orElseThrow();
    assertTrue(outcomes + " should contain " + stored, outcomes.contains(stored));
  }
}

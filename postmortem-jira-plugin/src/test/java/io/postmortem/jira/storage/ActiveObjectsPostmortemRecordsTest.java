package io.postmortem.jira.storage;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.postmortem.core.postmortem.LanguageOverride;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import net.java.ao.Query;
import org.junit.Test;

/** The storage port as the postmortem reader uses it: one query per kind of record. */
public class ActiveObjectsPostmortemRecordsTest {

  private final TransactionalAo tx = new TransactionalAo();
  private final ActiveObjectsPostmortemRecords records =
      new ActiveObjectsPostmortemRecords(
          new OwnershipStore(tx.ao),
          new RiskAcceptanceStore(tx.ao),
          new TimelineStore(tx.ao),
          new LanguageOverrideStore(tx.ao));

  @Test
  public void readsEveryKindOfRecordOfAPostmortemWithOneQueryEach() {
    when(tx.ao.find(eq(OwnershipEntity.class), any(Query.class)))
        .thenReturn(new OwnershipEntity[0]);
    when(tx.ao.find(eq(RiskAcceptanceEntity.class), any(Query.class)))
        .thenReturn(new RiskAcceptanceEntity[0]);
    when(tx.ao.find(eq(TimelineEventEntity.class), any(Query.class)))
        .thenReturn(new TimelineEventEntity[0]);
    when(tx.ao.find(eq(LanguageOverrideEntity.class), any(Query.class)))
        .thenReturn(new LanguageOverrideEntity[0]);

    records.confirmations(LongStream.rangeClosed(1, 120).boxed().toList());
    records.riskAcceptances(1L);
    records.timeline(1L);
    records.languageOverrides(1L);

    verify(tx.ao, times(1)).find(eq(OwnershipEntity.class), any(Query.class));
    verify(tx.ao, times(1)).find(eq(RiskAcceptanceEntity.class), any(Query.class));
    verify(tx.ao, times(1)).find(eq(TimelineEventEntity.class), any(Query.class));
    verify(tx.ao, times(1)).find(eq(LanguageOverrideEntity.class), any(Query.class));
    assertEquals(0, tx.transactions);
  }

  @Test
  public void readsNothingBelongingToADeletedIssueBecauseReadsAreKeyedByExistingIssues() {
    when(tx.ao.find(eq(OwnershipEntity.class), any(Query.class)))
        .thenReturn(new OwnershipEntity[0]);

    assertTrue(records.confirmations(List.of(5L)).isEmpty());
    verify(tx.ao)
        .find(
            eq(OwnershipEntity.class),
            org.mockito.ArgumentMatchers.<Query>argThat(
                q -> q.getWhereParams().length == 1 && q.getWhereParams()[0].equals(5L)));
  }

  @Test
  public void keepingAPhraseAgainReplacesTheEarlierDecision() {
    LanguageOverrideEntity row = mock(LanguageOverrideEntity.class);
    when(row.getFingerprint()).thenReturn("f");
    when(row.getReason()).thenReturn("quoted");
    when(row.getUserKey()).thenReturn("ed");
    when(row.getCreatedAt()).thenReturn(Date.from(Instant.EPOCH));
    when(tx.ao.create(eq(LanguageOverrideEntity.class), any(net.java.ao.DBParam[].class)))
        .thenReturn(row);

    LanguageOverride kept =
        new LanguageOverrideStore(tx.ao).keep(1L, "f", "quoted", "ed", Instant.EPOCH);

    verify(tx.ao)
        .deleteWithSQL(LanguageOverrideEntity.class, "ISSUE_ID = ? AND FINGERPRINT = ?", 1L, "f");
    assertEquals(new LanguageOverride("f", "quoted", "ed", Instant.EPOCH), kept);
    assertEquals(1, tx.transactions);
  }

  @Test
  public void aBlankRiskRoleRestoresTheAdministratorDefault() {
    when(tx.ao.find(eq(ProjectSettingsEntity.class), any(Query.class)))
        .thenReturn(new ProjectSettingsEntity[0]);
    new ProjectSettingsStore(tx.ao).setRiskAcceptanceRole(100L, "  ");

    assertEquals(null, tx.createdValue(ProjectSettingsEntity.class, "RISK_ROLE"));
    assertEquals(1, tx.transactions);
  }

  @Test
  public void settingTheRiskRoleKeepsTheProjectsChecklist() {
    ProjectSettingsEntity saved = mock(ProjectSettingsEntity.class);
    when(saved.getChecklist()).thenReturn("items.max=8\n");
    when(tx.ao.find(eq(ProjectSettingsEntity.class), any(Query.class)))
        .thenReturn(new ProjectSettingsEntity[] {saved});

    new ProjectSettingsStore(tx.ao).setRiskAcceptanceRole(100L, "Stakeholders");

    assertEquals("items.max=8\n", tx.createdValue(ProjectSettingsEntity.class, "CHECKLIST"));
    assertEquals("Stakeholders", tx.createdValue(ProjectSettingsEntity.class, "RISK_ROLE"));
  }

  @Test
  public void savedChecklistSettingsReadBackExactlyEvenWithSeparatorsInValues() {
    Map<String, String> settings =
        Map.of("language.phrases.en", "to blame = bad, line\nbreak", "items.max", "8");
    new ProjectSettingsStore(tx.ao).save(100L, settings, "");
    ProjectSettingsEntity saved = mock(ProjectSettingsEntity.class);
    when(saved.getChecklist())
        .thenReturn((String) tx.createdValue(ProjectSettingsEntity.class, "CHECKLIST"));
    when(tx.ao.find(eq(ProjectSettingsEntity.class), any(Query.class)))
        .thenReturn(new ProjectSettingsEntity[] {saved});

    assertEquals(Optional.of(settings), new ProjectSettingsStore(tx.ao).checklist(100L));
    assertEquals(1, tx.transactions);
  }
}

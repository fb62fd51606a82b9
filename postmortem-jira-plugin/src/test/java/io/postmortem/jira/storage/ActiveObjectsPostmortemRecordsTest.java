package io.postmortem.jira.storage;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.postmortem.core.postmortem.LanguageOverride;
import io.postmortem.core.postmortem.OwnershipConfirmation;
import io.postmortem.core.postmortem.RiskAcceptance;
import io.postmortem.core.postmortem.TimelineEvent;
import io.postmortem.core.postmortem.TimelineEventKind;
import io.postmortem.jira.testing.DatabaseTest;
import io.postmortem.jira.testing.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;
import net.java.ao.DatabaseProvider;
import org.junit.Test;

/** The storage port as the postmortem reader uses it, on PostgreSQL and H2. */
public class ActiveObjectsPostmortemRecordsTest extends DatabaseTest {

  private static final Instant AT = Instant.parse("2026-11-20T08:15:00Z");
  private final OwnershipStore ownership = new OwnershipStore(ao);
  private final ActiveObjectsPostmortemRecords records =
      new ActiveObjectsPostmortemRecords(
          ownership,
          new RiskAcceptanceStore(ao),
          new TimelineStore(ao),
          new LanguageOverrideStore(ao));

  public ActiveObjectsPostmortemRecordsTest(TestDatabase database) {
    super(database);
  }

  @Test
  public void readsEveryKindOfRecordOfOnePostmortem() {
    ownership.confirm(11L, "bob", null, AT);
    new RiskAcceptanceStore(ao).accept(1L, "cto", "ok", LocalDate.parse("2027-01-01"), AT);
    new TimelineStore(ao)
        .add(1L, new TimelineEvent(null, AT, TimelineEventKind.DETECTED, "paged", null), "ed");
    new LanguageOverrideStore(ao).keep(1L, "f", "quoted", "ed", AT);

    assertEquals(
        new OwnershipConfirmation("bob", AT, null), records.confirmations(List.of(11L)).get(11L));
    assertEquals(
        List.of(new RiskAcceptance("cto", AT, "ok", LocalDate.parse("2027-01-01"))),
        records.riskAcceptances(1L));
    assertEquals("paged", records.timeline(1L).get(0).text());
    assertEquals(
        List.of(new LanguageOverride("f", "quoted", "ed", AT)), records.languageOverrides(1L));
  }

  @Test
  public void readsAPostmortemWithOneSelectPerKindWhateverItsNumberOfItems() {
    for (long id = 1; id <= 120; id++) {
      ownership.confirm(id, "bob", null, AT);
    }
    List<String> selects = new ArrayList<>();
    DatabaseProvider.SqlListener listener =
        sql -> {
          if (sql.trim().toUpperCase(Locale.ROOT).startsWith("SELECT")) {
            selects.add(sql);
          }
        };
    database.entityManager().getProvider().addSqlListener(listener);
    try {
      records.confirmations(LongStream.rangeClosed(1, 120).boxed().toList());
      records.riskAcceptances(1L);
      records.timeline(1L);
      records.languageOverrides(1L);
    } finally {
      database.entityManager().getProvider().removeSqlListener(listener);
    }

    assertEquals(selects.toString(), 4, selects.size());
  }

  @Test
  public void readsNothingOfAnotherItem() {
    ownership.confirm(5L, "bob", null, AT);

    assertTrue(records.confirmations(List.of(6L)).isEmpty());
  }
}

package io.postmortem.jira.storage;

import static org.junit.Assert.assertEquals;

import io.postmortem.core.postmortem.RiskAcceptance;
import io.postmortem.jira.testing.DatabaseTest;
import io.postmortem.jira.testing.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

/** Risk acceptances, on PostgreSQL and H2. */
public class RiskAcceptanceStoreTest extends DatabaseTest {

  private static final Instant AT = Instant.parse("2026-11-20T08:15:00Z");
  private static final LocalDate TODAY = LocalDate.parse("2026-11-27");
  private final RiskAcceptanceStore store = new RiskAcceptanceStore(ao);

  public RiskAcceptanceStoreTest(TestDatabase database) {
    super(database);
  }

  @Test
  public void readsAcceptancesOfThePostmortemOldestFirst() {
    store.accept(10L, "vp", "later", TODAY.plusDays(30), AT.plusSeconds(60));
    store.accept(10L, "cto", "first", TODAY.plusDays(90), AT);
    store.accept(99L, "cto", "another postmortem", TODAY.plusDays(90), AT);

    List<RiskAcceptance> found = store.forPostmortem(10L);

    assertEquals(
        List.of(
            new RiskAcceptance("cto", AT, "first", TODAY.plusDays(90)),
            new RiskAcceptance("vp", AT.plusSeconds(60), "later", TODAY.plusDays(30))),
        found);
  }

  @Test
  public void readsManyPostmortemsAcceptancesAtOnceAcrossInChunks() {
    store.accept(10L, "vp", "later", TODAY.plusDays(30), AT.plusSeconds(60));
    store.accept(10L, "cto", "first", TODAY.plusDays(90), AT);
    store.accept(99L, "cto", "another postmortem", TODAY.plusDays(7), AT);
    store.accept(5_000L, "cto", "not asked for", TODAY.plusDays(7), AT);
    List<Long> asked = new java.util.ArrayList<>();
    for (long id = 11; id < 11 + IdChunks.SIZE; id++) {
      asked.add(id);
    }
    asked.add(10L);
    asked.add(99L);

    java.util.Map<Long, List<RiskAcceptance>> found = store.forPostmortems(asked);

    assertEquals(java.util.Set.of(10L, 99L), found.keySet());
    assertEquals(
        List.of("first", "later"), found.get(10L).stream().map(RiskAcceptance::reason).toList());
    assertEquals(TODAY.plusDays(7), found.get(99L).get(0).expiresOn());
  }

  @Test
  public void keepsALongReasonWhole() {
    String reason = "x".repeat(5_000);

    store.accept(10L, "cto", reason, TODAY, AT);

    assertEquals(reason, store.forPostmortem(10L).get(0).reason());
  }

  @Test
  public void withdrawingEndsHoldingAcceptancesYesterdayAndKeepsThemOnRecord() {
    store.accept(10L, "cto", "holds", TODAY.plusDays(30), AT);
    store.accept(10L, "cto", "holds until today", TODAY, AT.plusSeconds(1));
    store.accept(10L, "cto", "already over", TODAY.minusDays(5), AT.plusSeconds(2));

    int ended = store.withdraw(10L, TODAY);

    assertEquals(2, ended);
    assertEquals(
        List.of(TODAY.minusDays(1), TODAY.minusDays(1), TODAY.minusDays(5)),
        store.forPostmortem(10L).stream().map(RiskAcceptance::expiresOn).toList());
  }
}

package io.postmortem.jira.storage;

import static org.junit.Assert.assertEquals;

import io.postmortem.core.postmortem.LanguageOverride;
import io.postmortem.jira.testing.DatabaseTest;
import io.postmortem.jira.testing.TestDatabase;
import java.time.Instant;
import java.util.List;
import org.junit.Test;

/** Kept blameless-language findings, on PostgreSQL and H2. */
public class LanguageOverrideStoreTest extends DatabaseTest {

  private static final Instant AT = Instant.parse("2026-11-20T08:15:00Z");
  private final LanguageOverrideStore store = new LanguageOverrideStore(ao);

  public LanguageOverrideStoreTest(TestDatabase database) {
    super(database);
  }

  @Test
  public void readsKeptPhrasesOfThePostmortemInTheOrderTheyWereKept() {
    store.keep(1L, "f2", "a quote", "ed", AT.plusSeconds(1));
    store.keep(1L, "f1", "the vendor's words", "ed", AT);
    store.keep(2L, "f1", "another postmortem", "ed", AT);

    assertEquals(
        List.of(
            new LanguageOverride("f1", "the vendor's words", "ed", AT),
            new LanguageOverride("f2", "a quote", "ed", AT.plusSeconds(1))),
        store.forPostmortem(1L));
  }

  @Test
  public void keepingAPhraseAgainReplacesTheEarlierDecision() {
    store.keep(1L, "f", "first reason", "ed", AT);

    LanguageOverride kept = store.keep(1L, "f", "quoted", "ann", AT.plusSeconds(9));

    assertEquals(List.of(kept), store.forPostmortem(1L));
    assertEquals(new LanguageOverride("f", "quoted", "ann", AT.plusSeconds(9)), kept);
  }
}

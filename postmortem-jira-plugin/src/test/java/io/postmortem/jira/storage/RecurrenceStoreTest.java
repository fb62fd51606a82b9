package io.postmortem.jira.storage;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.postmortem.core.recurrence.RecurredItems.Recurrence;
import io.postmortem.core.recurrence.SuggestedRecurrence;
import io.postmortem.core.recurrence.Verdict;
import io.postmortem.jira.storage.RecurrenceStore.Candidate;
import io.postmortem.jira.testing.DatabaseTest;
import io.postmortem.jira.testing.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

/** Suggested recurrences and the author's verdicts, on PostgreSQL and H2. */
public class RecurrenceStoreTest extends DatabaseTest {

  private static final Instant AT = Instant.parse("2026-12-02T09:00:00Z");
  private static final Candidate INC_3 = new Candidate(3L, "INC-3");
  private static final Candidate INC_4 = new Candidate(4L, "INC-4");
  private static final Candidate PM_5 = new Candidate(5L, "PM-5");

  private final RecurrenceStore store = new RecurrenceStore(ao);

  public RecurrenceStoreTest(TestDatabase database) {
    super(database);
  }

  @Test
  public void keepsTheSuggestionsOfEachPostmortemInRankingOrder() {
    store.suggest(1L, List.of(INC_4, INC_3));
    store.suggest(2L, List.of(PM_5));

    assertEquals(
        List.of(SuggestedRecurrence.unmarked("INC-4"), SuggestedRecurrence.unmarked("INC-3")),
        store.forPostmortem(1L));
    assertEquals(List.of(SuggestedRecurrence.unmarked("PM-5")), store.forPostmortem(2L));
  }

  @Test
  public void aNewRankingDropsUnmarkedSuggestionsButKeepsEveryVerdict() {
    store.suggest(1L, List.of(INC_3, INC_4, PM_5));
    store.mark(1L, 4L, Verdict.UNRELATED, "ann", AT);

    List<SuggestedRecurrence> now = store.suggest(1L, List.of(PM_5));

    assertEquals(
        List.of(
            SuggestedRecurrence.unmarked("PM-5"),
            new SuggestedRecurrence("INC-4", Verdict.UNRELATED)),
        now);
    assertEquals(now, store.forPostmortem(1L));
  }

  @Test
  public void theSameRankingTwiceStoresEachSuggestionOnce() {
    store.suggest(1L, List.of(INC_3, INC_4));

    store.suggest(1L, List.of(INC_3, INC_4, INC_3));

    assertEquals(2, ao.count(RecurrenceEntity.class));
  }

  @Test
  public void marksASuggestionAndCanChangeTheVerdictLater() {
    store.suggest(1L, List.of(INC_3));

    store.mark(1L, 3L, Verdict.RELATED, "ann", AT);
    Optional<SuggestedRecurrence> changed = store.mark(1L, 3L, Verdict.UNRELATED, "bob", AT);

    assertEquals(Optional.of(new SuggestedRecurrence("INC-3", Verdict.UNRELATED)), changed);
    assertEquals(changed.get(), store.forPostmortem(1L).get(0));
  }

  @Test
  public void saysWhichVerdictAMarkReplacedSoARelatedOneIsActedOnOnce() {
    store.suggest(1L, List.of(INC_3));

    Verdict first = store.remark(1L, 3L, Verdict.RELATED, "ann", AT).get().previous();
    Verdict second = store.remark(1L, 3L, Verdict.RELATED, "ann", AT).get().previous();

    assertEquals(Verdict.UNMARKED, first);
    assertEquals(Verdict.RELATED, second);
  }

  @Test
  public void refusesToMarkAnIssueThatWasNeverSuggestedToThePostmortem() {
    store.suggest(2L, List.of(INC_3));

    Optional<SuggestedRecurrence> marked = store.mark(1L, 3L, Verdict.RELATED, "ann", AT);

    assertTrue(marked.isEmpty());
    assertEquals(List.of(), store.forPostmortem(1L));
  }

  @Test
  public void findsThePostmortemsThatCalledAnEarlierIssueRelatedInOneQueryPerChunk() {
    store.suggest(1L, List.of(INC_3, INC_4));
    store.suggest(2L, List.of(INC_3));
    store.suggest(6L, List.of(INC_3));
    store.mark(1L, 3L, Verdict.RELATED, "ann", AT);
    store.mark(2L, 3L, Verdict.RELATED, "bob", AT);
    store.mark(6L, 3L, Verdict.UNRELATED, "bob", AT);

    Map<Long, List<Long>> related = store.relatedPostmortems(List.of(3L, 4L, 99L));

    assertEquals(Map.of(3L, List.of(1L, 2L)), related);
  }

  @Test
  public void tellsWhenEachLaterPostmortemCalledAnEarlierIssueARecurrence() {
    Instant later = AT.plusSeconds(3600);
    store.suggest(1L, List.of(INC_3));
    store.suggest(2L, List.of(INC_3, INC_4));
    store.mark(1L, 3L, Verdict.RELATED, "ann", AT);
    store.mark(2L, 3L, Verdict.RELATED, "bob", later);
    store.mark(2L, 4L, Verdict.UNRELATED, "bob", later);

    Map<Long, List<Recurrence>> recurrences = store.recurrences(List.of(3L, 4L));

    assertEquals(
        Map.of(3L, List.of(new Recurrence(1L, AT), new Recurrence(2L, later))), recurrences);
  }

  @Test
  public void listsTheNewestRelatedVerdictsSinceAMomentUpToACap() {
    Instant later = AT.plusSeconds(3600);
    Instant latest = AT.plusSeconds(7200);
    store.suggest(1L, List.of(INC_3, INC_4));
    store.suggest(2L, List.of(INC_3));
    store.suggest(6L, List.of(INC_4));
    store.mark(1L, 3L, Verdict.RELATED, "ann", AT);
    store.mark(1L, 4L, Verdict.UNRELATED, "ann", later);
    store.mark(2L, 3L, Verdict.RELATED, "bob", later);
    store.mark(6L, 4L, Verdict.RELATED, "bob", latest);

    List<RecurrenceStore.RelatedMark> sinceLater = store.relatedSince(later, 10);
    List<RecurrenceStore.RelatedMark> newestOne = store.relatedSince(Instant.EPOCH, 1);

    assertEquals(
        List.of(
            new RecurrenceStore.RelatedMark(4L, "INC-4", new Recurrence(6L, latest)),
            new RecurrenceStore.RelatedMark(3L, "INC-3", new Recurrence(2L, later))),
        sinceLater);
    assertEquals(
        List.of(4L), newestOne.stream().map(RecurrenceStore.RelatedMark::candidateId).toList());
  }
}

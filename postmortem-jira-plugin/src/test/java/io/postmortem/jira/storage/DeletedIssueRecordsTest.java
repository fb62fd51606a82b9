package io.postmortem.jira.storage;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import io.postmortem.core.postmortem.TimelineEvent;
import io.postmortem.core.postmortem.TimelineEventKind;
import io.postmortem.jira.testing.DatabaseTest;
import io.postmortem.jira.testing.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.Before;
import org.junit.Test;

/** Purging a deleted issue's rows, on PostgreSQL and H2. */
public class DeletedIssueRecordsTest extends DatabaseTest {

  private static final long DELETED = 10042L;
  private static final long KEPT = 10043L;
  private static final Instant AT = Instant.parse("2026-11-20T08:15:00Z");
  private final EventPublisher events = mock(EventPublisher.class);
  private final DeletedIssueRecords records = new DeletedIssueRecords(events, ao);

  public DeletedIssueRecordsTest(TestDatabase database) {
    super(database);
  }

  @Before
  public void rowsOfTwoIssues() {
    for (long issue : new long[] {DELETED, KEPT}) {
      new OwnershipStore(ao).confirm(issue, "bob", null, AT);
      new OwnershipStore(ao).propose(issue, "bob", LocalDate.parse("2027-01-01"), "", AT);
      new RiskAcceptanceStore(ao).accept(issue, "cto", "ok", LocalDate.parse("2027-01-01"), AT);
      new TimelineStore(ao)
          .add(issue, new TimelineEvent(null, AT, TimelineEventKind.OTHER, "x", null), "ed");
      new LanguageOverrideStore(ao).keep(issue, "f", "quoted", "ed", AT);
    }
  }

  @Test
  public void purgesEveryRowOfTheDeletedIssueAndNothingElse() {
    records.onIssueEvent(event(EventType.ISSUE_DELETED_ID));

    for (var table : DeletedIssueRecordsTest.tables()) {
      assertEquals(table.getSimpleName(), 0, ao.count(table, "ISSUE_ID = ?", DELETED));
      assertEquals(table.getSimpleName(), 1, ao.count(table, "ISSUE_ID = ?", KEPT));
    }
  }

  @Test
  public void keepsTheRowsWhenTheIssueIsOnlyUpdated() {
    records.onIssueEvent(event(2L));

    for (var table : DeletedIssueRecordsTest.tables()) {
      assertEquals(table.getSimpleName(), 1, ao.count(table, "ISSUE_ID = ?", DELETED));
    }
  }

  @Test
  public void subscribesWhenStartedAndUnsubscribesWhenStopped() {
    records.subscribe();
    records.unsubscribe();

    verify(events).register(records);
    verify(events).unregister(records);
  }

  private static java.util.List<Class<? extends net.java.ao.RawEntity<Integer>>> tables() {
    return java.util.List.of(
        OwnershipEntity.class,
        DueProposalEntity.class,
        RiskAcceptanceEntity.class,
        TimelineEventEntity.class,
        LanguageOverrideEntity.class);
  }

  private static IssueEvent event(Long type) {
    Issue issue = mock(Issue.class);
    when(issue.getId()).thenReturn(DELETED);
    IssueEvent event = mock(IssueEvent.class);
    when(event.getEventTypeId()).thenReturn(type);
    when(event.getIssue()).thenReturn(issue);
    return event;
  }
}

package io.postmortem.jira.storage;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import java.util.ArrayList;
import java.util.List;
import org.junit.Before;
import org.junit.Test;

public class DeletedIssueRecordsTest {

  private static final long ISSUE_ID = 10042L;
  private TransactionalAo tx;
  private EventPublisher events;
  private DeletedIssueRecords records;
  private final List<String> purged = new ArrayList<>();

  @Before
  public void setUp() {
    tx = new TransactionalAo();
    events = mock(EventPublisher.class);
    records = new DeletedIssueRecords(events, tx.ao);
    when(tx.ao.deleteWithSQL(any(), anyString(), any()))
        .thenAnswer(
            call -> {
              purged.add(
                  ((Class<?>) call.getArgument(0)).getSimpleName()
                      + " "
                      + call.getArgument(1)
                      + " "
                      + call.getArgument(2)
                      + (tx.inTransaction() ? " in tx" : " outside tx"));
              return 1;
            });
  }

  @Test
  public void purgesEveryTableKeyedByTheIssueInOneTransactionWhenTheIssueIsDeleted() {
    IssueEvent deleted = event(EventType.ISSUE_DELETED_ID);

    records.onIssueEvent(deleted);

    assertEquals(
        List.of(
            "OwnershipEntity ISSUE_ID = ? 10042 in tx",
            "DueProposalEntity ISSUE_ID = ? 10042 in tx",
            "RiskAcceptanceEntity ISSUE_ID = ? 10042 in tx",
            "TimelineEventEntity ISSUE_ID = ? 10042 in tx",
            "LanguageOverrideEntity ISSUE_ID = ? 10042 in tx"),
        purged);
    assertEquals(1, tx.transactions);
  }

  @Test
  public void ignoresEventsOtherThanDeletion() {
    IssueEvent updated = event(2L);

    records.onIssueEvent(updated);

    assertTrue(purged.isEmpty());
    verify(tx.ao, never()).executeInTransaction(any());
  }

  @Test
  public void subscribesWhenStartedAndUnsubscribesWhenStopped() {
    records.subscribe();
    records.unsubscribe();

    verify(events).register(records);
    verify(events).unregister(records);
  }

  private static IssueEvent event(Long type) {
    Issue issue = mock(Issue.class);
    when(issue.getId()).thenReturn(ISSUE_ID);
    IssueEvent event = mock(IssueEvent.class);
    when(event.getEventTypeId()).thenReturn(type);
    when(event.getIssue()).thenReturn(issue);
    return event;
  }
}

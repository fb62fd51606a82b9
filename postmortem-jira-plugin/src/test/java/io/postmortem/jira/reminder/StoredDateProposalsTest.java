package io.postmortem.jira.reminder;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.postmortem.core.remediation.DateProposal;
import io.postmortem.jira.storage.DueProposalEntity;
import io.postmortem.jira.storage.OwnershipStore;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import org.junit.Test;

public class StoredDateProposalsTest {
  private final ActiveObjects ao = mock(ActiveObjects.class);
  private final OwnershipStore store = new OwnershipStore(ao);

  @Test
  public void theNewestOpenProposalOfEachItemIsPending() {
    DueProposalEntity older = proposal(7L, "bob", "2027-01-10", 1);
    DueProposalEntity newer = proposal(7L, "bob", "2027-02-01", 2);
    when(ao.find(eq(DueProposalEntity.class), any(Query.class)))
        .thenReturn(new DueProposalEntity[] {older, newer});

    Map<Long, DateProposal> pending = new StoredDateProposals(store).pending(List.of(7L, 8L));

    assertEquals(Map.of(7L, new DateProposal(7L, "bob", LocalDate.of(2027, 2, 1))), pending);
  }

  private static DueProposalEntity proposal(long issueId, String user, String due, int id) {
    DueProposalEntity row = mock(DueProposalEntity.class);
    when(row.getID()).thenReturn(id);
    when(row.getIssueId()).thenReturn(issueId);
    when(row.getUserKey()).thenReturn(user);
    when(row.getProposedDue()).thenReturn(due);
    when(row.getCreatedAt()).thenReturn(new Date(id * 1000L));
    when(row.getStatus()).thenReturn("OPEN");
    return row;
  }
}

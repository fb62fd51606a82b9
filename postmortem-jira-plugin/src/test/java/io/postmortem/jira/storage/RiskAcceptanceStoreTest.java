package io.postmortem.jira.storage;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.Date;
import net.java.ao.Query;
import org.junit.Test;

public class RiskAcceptanceStoreTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-11-27");
  private final TransactionalAo tx = new TransactionalAo();
  private final RiskAcceptanceStore store = new RiskAcceptanceStore(tx.ao);

  @Test
  public void withdrawingEndsHoldingAcceptancesYesterdayAndKeepsThemOnRecord() {
    RiskAcceptanceEntity holding = row("2027-03-01");
    RiskAcceptanceEntity expired = row("2026-01-01");
    when(tx.ao.find(eq(RiskAcceptanceEntity.class), any(Query.class)))
        .thenReturn(new RiskAcceptanceEntity[] {holding, expired});

    int ended = store.withdraw(10L, TODAY);

    assertEquals(1, ended);
    verify(holding).setExpiresOn("2026-11-26");
    verify(holding).save();
    verify(expired, never()).save();
    verify(tx.ao, never()).deleteWithSQL(any(), any(String.class), any());
  }

  private static RiskAcceptanceEntity row(String expires) {
    RiskAcceptanceEntity row = mock(RiskAcceptanceEntity.class);
    when(row.getUserKey()).thenReturn("lead");
    when(row.getAcceptedAt()).thenReturn(new Date(0));
    when(row.getReason()).thenReturn("Vendor fix is scheduled");
    when(row.getExpiresOn()).thenReturn(expires);
    return row;
  }
}

package io.postmortem.core.postmortem;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.Test;

public class RiskWithdrawalTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
  private static final Instant ACCEPTED = Instant.parse("2026-03-01T09:00:00Z");

  @Test
  public void withdrawingEndsTheAcceptanceYesterdayAndKeepsTheDecision() {
    RiskAcceptance accepted = new RiskAcceptance("lead", ACCEPTED, "Vendor fix due", TODAY);

    RiskAcceptance withdrawn = RiskWithdrawal.on(accepted, TODAY).orElseThrow();

    assertEquals(TODAY.minusDays(1), withdrawn.expiresOn());
    assertEquals("Vendor fix due", withdrawn.reason());
    assertEquals("lead", withdrawn.userKey());
    assertFalse(withdrawn.holdsOn(TODAY));
  }

  @Test
  public void anAcceptanceExpiringTodayStillHoldsAndCanBeWithdrawn() {
    assertTrue(
        RiskWithdrawal.on(new RiskAcceptance("lead", ACCEPTED, "why", TODAY), TODAY).isPresent());
  }

  @Test
  public void anExpiredAcceptanceIsLeftAsItWas() {
    RiskAcceptance expired = new RiskAcceptance("lead", ACCEPTED, "why", TODAY.minusDays(1));

    assertTrue(RiskWithdrawal.on(expired, TODAY).isEmpty());
  }

  @Test
  public void anAcceptanceWithoutAReasonNeverHeldSoThereIsNothingToWithdraw() {
    assertTrue(
        RiskWithdrawal.on(new RiskAcceptance("lead", ACCEPTED, " ", TODAY), TODAY).isEmpty());
  }
}

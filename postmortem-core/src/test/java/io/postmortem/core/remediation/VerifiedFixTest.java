package io.postmortem.core.remediation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.postmortem.core.postmortem.PriorityLevel;
import io.postmortem.core.remediation.VerifiedFix.Gap;
import java.util.Optional;
import org.junit.Test;

public class VerifiedFixTest {

  @Test
  public void failsWhenACriticalOrHighItemHasNoEvidence() {
    assertEquals(Optional.of(Gap.MISSING), VerifiedFix.gap(PriorityLevel.CRITICAL, null));
    assertEquals(Optional.of(Gap.MISSING), VerifiedFix.gap(PriorityLevel.HIGH, "  \n "));
  }

  @Test
  public void failsWhenTheEvidenceOnlySaysTheWorkHappened() {
    assertEquals(Optional.of(Gap.VAGUE), VerifiedFix.gap(PriorityLevel.HIGH, "Done."));
    assertEquals(Optional.of(Gap.VAGUE), VerifiedFix.gap(PriorityLevel.HIGH, "fixed"));
    assertEquals(Optional.of(Gap.VAGUE), VerifiedFix.gap(PriorityLevel.CRITICAL, "Erledigt"));
    assertEquals(Optional.of(Gap.VAGUE), VerifiedFix.gap(PriorityLevel.HIGH, "it works"));
  }

  @Test
  public void passesWhenTheEvidenceDescribesHowTheFixWasShownToWork() {
    assertEquals(
        Optional.empty(),
        VerifiedFix.gap(
            PriorityLevel.HIGH, "Game day 2027-03-02: failover took 40 s, alert fired in 1 min"));
  }

  @Test
  public void countsTwelveLettersAsADescriptionButElevenAsAWord() {
    assertEquals(Optional.empty(), VerifiedFix.gap(PriorityLevel.HIGH, "Soak test runs"));
    assertEquals(Optional.of(Gap.VAGUE), VerifiedFix.gap(PriorityLevel.HIGH, "Soak test ran"));
  }

  @Test
  public void passesWhenTheEvidenceIsALinkToATestOrDashboard() {
    assertEquals(
        Optional.empty(),
        VerifiedFix.gap(PriorityLevel.CRITICAL, "https://grafana.example.com/d/queue-depth"));
  }

  @Test
  public void failsWhenTheEvidenceNamesADashboardWithoutLinkingIt() {
    assertEquals(Optional.of(Gap.VAGUE), VerifiedFix.gap(PriorityLevel.CRITICAL, "grafana"));
  }

  @Test
  public void passesWhenTheItemIsMediumOrLowWhateverItsEvidence() {
    assertEquals(Optional.empty(), VerifiedFix.gap(PriorityLevel.MEDIUM, null));
    assertEquals(Optional.empty(), VerifiedFix.gap(PriorityLevel.LOW, "done"));
    assertEquals(Optional.empty(), VerifiedFix.gap(null, null));
  }

  @Test
  public void findsTheFirstLinkInTheEvidence() {
    assertEquals(
        Optional.of("https://ci.example.com/job/42"),
        VerifiedFix.link("Load test https://ci.example.com/job/42 and http://other"));
    assertTrue(VerifiedFix.link("no link here").isEmpty());
  }
}

package io.postmortem.core.incident;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.postmortem.core.postmortem.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

public class IncidentPolicyTest {

  @Test
  public void byDefaultSev1AndSev2IncidentsNeedAPostmortem() {
    IncidentPolicy policy = IncidentPolicy.defaults();

    assertTrue(policy.requiresPostmortem(Severity.SEV_1));
    assertTrue(policy.requiresPostmortem(Severity.SEV_2));
    assertFalse(policy.requiresPostmortem(Severity.SEV_3));
    assertFalse(policy.requiresPostmortem(Severity.NONE));
  }

  @Test
  public void withoutAcceptedStatusesAResolvedPostmortemIsAccepted() {
    IncidentPolicy policy = IncidentPolicy.defaults();

    assertTrue(policy.accepts("10001", true));
    assertFalse(policy.accepts("10001", false));
  }

  @Test
  public void withAcceptedStatusesOnlyThoseStatusesCountEvenWhenResolved() {
    IncidentPolicy policy = new IncidentPolicy(Set.of(Severity.SEV_1), Set.of("10500"), List.of());

    assertTrue(policy.accepts("10500", false));
    assertFalse(policy.accepts("10001", true));
    assertFalse(policy.accepts(null, true));
  }

  @Test
  public void storedArgumentsThatMakeNoSenseAreIgnoredAndReported() {
    IncidentPolicy policy =
        IncidentPolicy.parse(Map.of("severities", "sev_3, none, sev9", "acceptedStatuses", "1,x"));

    assertEquals(Set.of(Severity.SEV_3), policy.severities());
    assertEquals(Set.of("1"), policy.acceptedStatusIds());
    assertEquals(
        List.of("severities=none", "severities=sev9", "acceptedStatuses=x"), policy.ignored());
  }

  @Test
  public void separatorsAtTheStartOfAStoredArgumentAreNotReportedAsNonsense() {
    IncidentPolicy policy =
        IncidentPolicy.parse(Map.of("severities", ", SEV_3", "acceptedStatuses", " 10001"));

    assertEquals(Set.of(Severity.SEV_3), policy.severities());
    assertEquals(Set.of("10001"), policy.acceptedStatusIds());
    assertEquals(List.of(), policy.ignored());
  }

  @Test
  public void withNoUsableSeverityTheDefaultAppliesSoTheCheckNeverSwitchesOffSilently() {
    assertEquals(
        IncidentPolicy.DEFAULT_SEVERITIES,
        IncidentPolicy.parse(Map.of("severities", "bogus")).severities());
  }

  @Test
  public void roundTripsThroughItsStoredForm() {
    IncidentPolicy policy =
        new IncidentPolicy(Set.of(Severity.SEV_2, Severity.SEV_1), Set.of("3", "10"), List.of());

    assertEquals(policy, IncidentPolicy.parse(policy.toMap()));
  }
}

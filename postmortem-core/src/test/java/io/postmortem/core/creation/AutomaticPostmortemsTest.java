package io.postmortem.core.creation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.postmortem.core.postmortem.Severity;
import org.junit.Test;

public class AutomaticPostmortemsTest {

  private static final AutomaticPostmortems SEV_2_AND_WORSE =
      new AutomaticPostmortems(true, Severity.SEV_2, AssigneeRule.INCIDENT_ASSIGNEE, "", "");

  @Test
  public void isOffByDefault() {
    assertFalse(AutomaticPostmortems.OFF.enabled());
    assertFalse(AutomaticPostmortems.OFF.appliesTo(Severity.SEV_1));
  }

  @Test
  public void appliesToIncidentsAtOrAboveTheMinimumSeverity() {
    assertTrue(SEV_2_AND_WORSE.appliesTo(Severity.SEV_1));
    assertTrue(SEV_2_AND_WORSE.appliesTo(Severity.SEV_2));
  }

  @Test
  public void skipsLessSevereIncidentsAndIncidentsWithoutSeverity() {
    assertFalse(SEV_2_AND_WORSE.appliesTo(Severity.SEV_3));
    assertFalse(SEV_2_AND_WORSE.appliesTo(Severity.NONE));
    assertFalse(SEV_2_AND_WORSE.appliesTo(null));
  }

  @Test
  public void createsInTheIncidentsProjectUnlessAnotherIsConfigured() {
    AutomaticPostmortems elsewhere =
        new AutomaticPostmortems(true, Severity.SEV_1, AssigneeRule.PROJECT_LEAD, "", "PM");

    assertEquals("OPS", SEV_2_AND_WORSE.projectFor("OPS"));
    assertEquals("PM", elsewhere.projectFor("OPS"));
  }

  @Test
  public void assignsTheIncidentAssigneeTheFacilitatorOrTheLeadAsConfigured() {
    assertEquals("ann", AssigneeRule.INCIDENT_ASSIGNEE.choose("ann", "fay", "lee"));
    assertEquals("fay", AssigneeRule.FACILITATOR.choose("ann", "fay", "lee"));
    assertEquals("lee", AssigneeRule.PROJECT_LEAD.choose("ann", "fay", "lee"));
  }

  @Test
  public void fallsBackToTheProjectLeadWhenTheChosenPersonIsMissing() {
    assertEquals("lee", AssigneeRule.INCIDENT_ASSIGNEE.choose(null, "fay", "lee"));
    assertEquals("lee", AssigneeRule.FACILITATOR.choose("ann", " ", "lee"));
    assertEquals("", AssigneeRule.INCIDENT_ASSIGNEE.choose(null, "", null));
  }
}

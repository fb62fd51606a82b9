package io.postmortem.core.incident;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class IncidentIssueTypesTest {

  @Test
  public void withAnIncidentTypeOnlyIssuesOfThatTypeAreIncidents() {
    IncidentIssueTypes types = new IncidentIssueTypes("10100", "10200");

    assertTrue(types.isIncident("10100"));
    assertFalse(types.isIncident("10001"));
    assertFalse(types.isIncident(null));
  }

  @Test
  public void withoutAnIncidentTypeEveryIssueButAPostmortemIsAnIncident() {
    IncidentIssueTypes types = new IncidentIssueTypes(null, "10200");

    assertTrue(types.isIncident("10001"));
    assertTrue(types.isIncident(null));
    assertFalse(types.isIncident("10200"));
  }

  @Test
  public void withNothingSetUpEveryLinkedIssueIsAnIncident() {
    assertTrue(new IncidentIssueTypes(null, null).isIncident("10001"));
  }
}

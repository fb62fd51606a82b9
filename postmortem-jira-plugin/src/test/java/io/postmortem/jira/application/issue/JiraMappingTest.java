package io.postmortem.jira.application.issue;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import io.postmortem.core.postmortem.Horizon;
import io.postmortem.core.postmortem.PriorityLevel;
import io.postmortem.core.postmortem.Severity;
import io.postmortem.jira.testing.FakeJira;
import java.util.HashMap;
import java.util.Map;
import org.junit.Test;

public class JiraMappingTest {

  @Test
  public void roundTripsThroughTheStoredForm() {
    JiraMapping mapping =
        FakeJira.setUpMapping()
            .withSeverities(Map.of("10500", Severity.SEV_1))
            .withHorizons(Map.of("10600", Horizon.SHORT_TERM));

    assertEquals(mapping, JiraMapping.fromMap(mapping.toMap()));
  }

  @Test
  public void skipsStoredValuesThatMakeNoSenseAndKeepsTheRest() {
    Map<String, String> stored = new HashMap<>(FakeJira.setUpMapping().toMap());
    stored.put("linktype.postmortem", "not-a-number");
    stored.put("priority.3", "URGENT");
    stored.put("field.NO_SUCH_ROLE", "customfield_1");

    JiraMapping read = JiraMapping.fromMap(stored);

    assertNull(read.postmortemLinkTypeId());
    assertEquals(FakeJira.REMEDIATION_LINK, read.remediationLinkTypeId());
    assertEquals(PriorityLevel.MEDIUM, read.priorityLevelOf("3", "Medium"));
  }

  @Test
  public void mapsJirasStandardPrioritiesByDefault() {
    JiraMapping defaults = JiraMapping.defaults();

    assertEquals(PriorityLevel.CRITICAL, defaults.priorityLevelOf("1", "Highest"));
    assertEquals(PriorityLevel.HIGH, defaults.priorityLevelOf("2", "High"));
    assertEquals(PriorityLevel.MEDIUM, defaults.priorityLevelOf("3", "Medium"));
    assertEquals(PriorityLevel.LOW, defaults.priorityLevelOf("4", "Low"));
    assertEquals(PriorityLevel.LOW, defaults.priorityLevelOf("5", "Lowest"));
  }

  @Test
  public void theAdminsPriorityMappingWinsOverTheName() {
    JiraMapping mapping =
        JiraMapping.defaults().withPriorityLevels(Map.of("10001", PriorityLevel.HIGH));

    assertEquals(PriorityLevel.HIGH, mapping.priorityLevelOf("10001", "P2 - urgent-ish"));
    assertEquals(PriorityLevel.CRITICAL, mapping.priorityLevelOf("10002", "Blocker"));
    assertEquals(PriorityLevel.MEDIUM, mapping.priorityLevelOf("10003", "Whenever"));
  }

  @Test
  public void readsTheUsualSeverityNames() {
    JiraMapping mapping = JiraMapping.defaults();

    assertEquals(Severity.SEV_1, mapping.severityOfValue("SEV-1"));
    assertEquals(Severity.SEV_2, mapping.severityOfValue("Sev 2 - major"));
    assertEquals(Severity.SEV_3, mapping.severityOfValue("S3"));
    assertEquals(Severity.SEV_4, mapping.severityOfValue("Low"));
    assertEquals(Severity.SEV_1, mapping.severityOfValue(FakeJira.option(7, "Critical")));
    assertEquals(Severity.NONE, mapping.severityOfValue("tbd"));
    assertEquals(Severity.NONE, mapping.severityOfValue(null));
  }

  @Test
  public void theAdminsSeverityMappingByOptionIdWinsOverTheValue() {
    JiraMapping mapping = JiraMapping.defaults().withSeverities(Map.of("7", Severity.SEV_3));

    assertEquals(Severity.SEV_3, mapping.severityOfValue(FakeJira.option(7, "Critical")));
  }

  @Test
  public void usesThePriorityAsSeverityWhenNoSeverityFieldIsMapped() {
    assertEquals(Severity.SEV_1, JiraMapping.defaults().severityOfPriority("1", "Highest"));
    assertEquals(Severity.NONE, JiraMapping.defaults().severityOfPriority(null, null));
  }

  @Test
  public void tellsHorizonsApartByOptionIdEvenWhenRenamed() {
    JiraMapping mapping =
        JiraMapping.defaults()
            .withHorizons(Map.of("11", Horizon.SHORT_TERM, "12", Horizon.LONG_TERM));

    assertEquals(Horizon.LONG_TERM, mapping.horizonOfValue(FakeJira.option(12, "Strategic")));
    assertEquals(Horizon.SHORT_TERM, mapping.horizonOfValue(FakeJira.option(99, "Kurzfristig")));
    assertNull(mapping.horizonOfValue(null));
  }
}

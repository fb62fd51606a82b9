package io.postmortem.core.creation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.postmortem.core.checklist.SettingsError;
import io.postmortem.core.postmortem.Severity;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class AutomaticPostmortemSettingsTest {

  @Test
  public void nothingSubmittedMeansOff() {
    AutomaticPostmortemSettings.Parsed parsed = AutomaticPostmortemSettings.parse(Map.of());

    assertTrue(parsed.valid());
    assertEquals(AutomaticPostmortems.OFF, parsed.settings());
  }

  @Test
  public void readsAFullSubmission() {
    AutomaticPostmortemSettings.Parsed parsed =
        AutomaticPostmortemSettings.parse(
            Map.of(
                "enabled", "true",
                "minimumSeverity", "sev_2",
                "assigneeRule", "FACILITATOR",
                "facilitator", " fay ",
                "postmortemProject", "pm"));

    assertEquals(
        new AutomaticPostmortems(true, Severity.SEV_2, AssigneeRule.FACILITATOR, "fay", "PM"),
        parsed.settings());
  }

  @Test
  public void switchingOnWithoutChoosingTakesTheDefaultSeverityAndAssignee() {
    AutomaticPostmortemSettings.Parsed parsed =
        AutomaticPostmortemSettings.parse(
            Map.of("enabled", "on", "minimumSeverity", " ", "assigneeRule", ""));

    assertEquals(
        new AutomaticPostmortems(
            true,
            AutomaticPostmortems.OFF.minimumSeverity(),
            AutomaticPostmortems.OFF.assigneeRule(),
            "",
            ""),
        parsed.settings());
  }

  @Test
  public void writtenSettingsReadBackUnchanged() {
    AutomaticPostmortems settings =
        new AutomaticPostmortems(true, Severity.SEV_3, AssigneeRule.PROJECT_LEAD, "", "OPS");

    assertEquals(
        settings,
        AutomaticPostmortemSettings.parse(AutomaticPostmortemSettings.write(settings)).settings());
  }

  @Test
  public void reportsEveryBadValueAtOnceAndKeepsTheRuleOff() {
    AutomaticPostmortemSettings.Parsed parsed =
        AutomaticPostmortemSettings.parse(
            Map.of(
                "enabled", "maybe",
                "minimumSeverity", "NONE",
                "assigneeRule", "whoever",
                "postmortemProject", "1abc",
                "colour", "red"));

    assertFalse(parsed.valid());
    assertEquals(AutomaticPostmortems.OFF, parsed.settings());
    assertEquals(
        List.of("colour", "enabled", "minimumSeverity", "assigneeRule", "postmortemProject"),
        parsed.errors().stream().map(SettingsError::setting).toList());
    assertEquals("postmortem.auto.error.severity", parsed.errors().get(2).messageKey());
    assertEquals(List.of("NONE"), parsed.errors().get(2).args());
  }

  @Test
  public void theFacilitatorRuleNeedsAFacilitator() {
    AutomaticPostmortemSettings.Parsed parsed =
        AutomaticPostmortemSettings.parse(
            Map.of("enabled", "true", "assigneeRule", "FACILITATOR", "facilitator", ""));

    assertEquals(1, parsed.errors().size());
    assertEquals("facilitator", parsed.errors().get(0).setting());
    assertEquals("postmortem.auto.error.facilitator-required", parsed.errors().get(0).messageKey());
  }

  @Test
  public void refusesAnOverlongFacilitator() {
    AutomaticPostmortemSettings.Parsed parsed =
        AutomaticPostmortemSettings.parse(Map.of("facilitator", "x".repeat(256)));

    assertEquals("postmortem.auto.error.too-long", parsed.errors().get(0).messageKey());
  }

  @Test
  public void acceptsAFacilitatorAtTheLengthLimit() {
    String longest = "x".repeat(AutomaticPostmortemSettings.MAX_LENGTH);

    AutomaticPostmortemSettings.Parsed parsed =
        AutomaticPostmortemSettings.parse(
            Map.of("enabled", "true", "assigneeRule", "FACILITATOR", "facilitator", longest));

    assertTrue(parsed.valid());
    assertEquals(longest, parsed.settings().facilitator());
  }
}

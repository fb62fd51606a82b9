package io.postmortem.core.checklist;

import static org.junit.Assert.assertEquals;

import io.postmortem.core.postmortem.Horizon;
import io.postmortem.core.postmortem.PriorityLevel;
import io.postmortem.core.postmortem.Severity;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class DueDateLimitsTest {

  private static DueDateLimits limits(Map<String, String> raw) {
    ParsedSettings parsed = ChecklistSettings.parse(raw);
    assertEquals(List.of(), parsed.errors());
    return parsed.settings().dueDateLimits();
  }

  @Test
  public void anItemWithoutPriorityOrAnIncidentWithoutSeverityTakesTheEntriesNamingNeither() {
    DueDateLimits limits =
        limits(
            Map.of(
                "due.days.SEV_1.*.*", "15",
                "due.days.*.HIGH.*", "20",
                "due.days.*.*.LONG_TERM", "120"));

    assertEquals(15, limits.daysFor(Severity.SEV_1, null, Horizon.SHORT_TERM));
    assertEquals(20, limits.daysFor(null, PriorityLevel.HIGH, Horizon.SHORT_TERM));
    assertEquals(120, limits.daysFor(null, null, Horizon.LONG_TERM));
    assertEquals(
        DueDateLimits.DEFAULT_SHORT_TERM_DAYS, limits.daysFor(null, PriorityLevel.LOW, null));
  }

  @Test
  public void aLimitOfZeroDaysMeansDueTheDayThePostmortemIsCreated() {
    DueDateLimits limits = limits(Map.of("due.days.SEV_1.CRITICAL.*", "0"));

    assertEquals(0, limits.daysFor(Severity.SEV_1, PriorityLevel.CRITICAL, Horizon.LONG_TERM));
  }

  @Test
  public void limitsReadFromDifferentSpellingsOfTheSameKeyAreEqualAndWrittenBackOneWay() {
    Map<String, String> spelled = Map.of("due.days.sev-2.any.short_term", "30");
    Map<String, String> canonical = Map.of("due.days.SEV_2.*.SHORT_TERM", "30");

    assertEquals(limits(canonical), limits(spelled));
    assertEquals(limits(canonical).hashCode(), limits(spelled).hashCode());
    assertEquals(canonical, ChecklistSettings.parse(spelled).settings().toMap());
  }
}

package io.postmortem.core.checklist.rule;

import static org.junit.Assert.assertEquals;

import io.postmortem.core.checklist.ChecklistRule;
import io.postmortem.core.checklist.ChecklistSettings;
import io.postmortem.core.checklist.ParsedSettings;
import io.postmortem.core.checklist.RuleSeverity;
import io.postmortem.core.checklist.Violation;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemBuilder;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs one rule the way the engine does, for rule tests. */
final class RuleTesting {

  private RuleTesting() {}

  static List<Violation> check(ChecklistRule rule, Postmortem postmortem) {
    return check(rule, postmortem, ChecklistSettings.defaults(), PostmortemBuilder.TODAY);
  }

  static List<Violation> check(
      ChecklistRule rule, Postmortem postmortem, ChecklistSettings settings, LocalDate today) {
    return rule.check(postmortem, settings, RuleSeverity.BLOCK, today);
  }

  /** Settings from key/value pairs that must all be valid. */
  static ChecklistSettings settings(String... keyValues) {
    Map<String, String> raw = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      raw.put(keyValues[i], keyValues[i + 1]);
    }
    ParsedSettings parsed = ChecklistSettings.parse(raw);
    assertEquals(List.of(), parsed.errors());
    return parsed.settings();
  }

  static List<String> keys(List<Violation> violations) {
    return violations.stream().map(Violation::messageKey).toList();
  }
}

package io.postmortem.core.checklist.rule;

import io.postmortem.core.checklist.RuleSeverity;
import io.postmortem.core.checklist.Subject;
import io.postmortem.core.checklist.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects one rule's violations. Rules pass whole message keys ({@code
 * postmortem.rule.<rule-id>.<what>}) as literals, so the plugin's bundle test finds every one.
 */
final class Findings {

  private final String ruleId;
  private final RuleSeverity severity;
  private final List<Violation> found = new ArrayList<>();

  Findings(String ruleId, RuleSeverity severity) {
    this.ruleId = ruleId;
    this.severity = severity;
  }

  void add(String messageKey, Subject subject, Object... args) {
    found.add(new Violation(ruleId, severity, messageKey, Arrays.asList(args), subject));
  }

  List<Violation> list() {
    return List.copyOf(found);
  }
}

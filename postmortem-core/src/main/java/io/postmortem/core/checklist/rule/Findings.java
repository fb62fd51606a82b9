package io.postmortem.core.checklist.rule;

import io.postmortem.core.checklist.Argument;
import io.postmortem.core.checklist.RuleDescriptor;
import io.postmortem.core.checklist.RuleSeverity;
import io.postmortem.core.checklist.Subject;
import io.postmortem.core.checklist.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects one rule's violations. Rules name a message by its last part ({@code too-few}); the
 * descriptor makes it the full key ({@code postmortem.rule.<rule-id>.too-few}) and refuses one it
 * does not declare, so the documentation test, which reads the descriptors, sees every message.
 */
final class Findings {

  private final RuleDescriptor rule;
  private final RuleSeverity severity;
  private final List<Violation> found = new ArrayList<>();
  private final Map<String, String> keys = new HashMap<>();

  Findings(RuleDescriptor rule, RuleSeverity severity) {
    this.rule = rule;
    this.severity = severity;
  }

  /** Adds one violation; {@code message} is one the rule's descriptor declares. */
  void add(String message, Subject subject, Argument... args) {
    found.add(
        new Violation(
            rule.id(),
            severity,
            keys.computeIfAbsent(message, rule::messageKey),
            // Immutable already, so the violation keeps it instead of copying it again.
            List.of(args),
            subject));
  }

  List<Violation> list() {
    return List.copyOf(found);
  }
}

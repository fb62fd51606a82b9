package io.postmortem.core.checklist.rule;

import io.postmortem.core.checklist.ChecklistRule;
import io.postmortem.core.checklist.ChecklistSettings;
import io.postmortem.core.checklist.RuleDescriptor;
import io.postmortem.core.checklist.RuleSeverity;
import io.postmortem.core.checklist.Violation;
import io.postmortem.core.postmortem.Postmortem;
import java.time.LocalDate;
import java.util.List;

/**
 * What every built-in rule shares: its descriptor (id, default severity, settings, messages), and
 * one {@link Findings} per check, so that each rule holds only its own judgement.
 */
abstract class Rule implements ChecklistRule {

  private final RuleDescriptor descriptor;

  Rule(RuleDescriptor descriptor) {
    this.descriptor = descriptor;
  }

  @Override
  public final RuleDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public final List<Violation> check(
      Postmortem postmortem, ChecklistSettings settings, RuleSeverity severity, LocalDate today) {
    Findings findings = new Findings(descriptor, severity);
    check(postmortem, settings, today, findings);
    return findings.list();
  }

  /**
   * Adds every violation of {@code postmortem} to {@code findings}.
   *
   * @param today the date to judge expiry and deadlines by (time is an input)
   */
  abstract void check(
      Postmortem postmortem, ChecklistSettings settings, LocalDate today, Findings findings);
}

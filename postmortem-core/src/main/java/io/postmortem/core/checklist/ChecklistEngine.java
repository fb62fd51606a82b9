package io.postmortem.core.checklist;

import io.postmortem.core.postmortem.Postmortem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Runs every rule over a postmortem and reports all violations at once, in a fixed order. */
public final class ChecklistEngine {

  private final List<ChecklistRule> rules;

  public ChecklistEngine(List<ChecklistRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The rules in report order. */
  public List<ChecklistRule> rules() {
    return rules;
  }

  public ChecklistReport evaluate(
      Postmortem postmortem, ChecklistSettings settings, LocalDate today) {
    if (settings == null) {
      settings = ChecklistSettings.defaults();
    }
    List<RuleResult> results = new ArrayList<>(rules.size());
    for (ChecklistRule rule : rules) {
      RuleSeverity severity = settings.severityOf(rule.id(), rule.defaultSeverity());
      if (severity == RuleSeverity.OFF) {
        results.add(new RuleResult(rule.id(), RuleOutcome.OFF, List.of()));
        continue;
      }
      List<Violation> found = rule.check(postmortem, settings, severity, today);
      RuleOutcome outcome =
          found.isEmpty()
              ? RuleOutcome.PASSED
              : severity == RuleSeverity.BLOCK ? RuleOutcome.FAILED : RuleOutcome.WARNED;
      results.add(new RuleResult(rule.id(), outcome, found));
    }
    return new ChecklistReport(results, TimelineMetrics.from(postmortem.timeline()));
  }
}

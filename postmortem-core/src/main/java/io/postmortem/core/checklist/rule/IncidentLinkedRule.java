package io.postmortem.core.checklist.rule;

import io.postmortem.core.checklist.ChecklistRule;
import io.postmortem.core.checklist.ChecklistSettings;
import io.postmortem.core.checklist.RuleSeverity;
import io.postmortem.core.checklist.Subject;
import io.postmortem.core.checklist.Violation;
import io.postmortem.core.postmortem.Postmortem;
import java.time.LocalDate;
import java.util.List;

/** A postmortem reviews at least one incident; without one there is nothing to learn from. */
public final class IncidentLinkedRule implements ChecklistRule {

  public static final String ID = "incident-linked";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public RuleSeverity defaultSeverity() {
    return RuleSeverity.BLOCK;
  }

  @Override
  public List<Violation> check(
      Postmortem postmortem, ChecklistSettings settings, RuleSeverity severity, LocalDate today) {
    Findings findings = new Findings(ID, severity);
    if (postmortem.incidents().isEmpty()) {
      findings.add(
          "postmortem.rule.incident-linked.missing",
          Subject.postmortem(postmortem.key()),
          postmortem.key());
    }
    return findings.list();
  }
}

package io.postmortem.core.checklist.rule;

import io.postmortem.core.checklist.ChecklistRule;
import io.postmortem.core.checklist.ChecklistSettings;
import io.postmortem.core.checklist.RuleSeverity;
import io.postmortem.core.checklist.Subject;
import io.postmortem.core.checklist.Violation;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.RiskAcceptance;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * At least one Critical or High item, unless a stakeholder accepted the risk of recurrence, with a
 * reason, and that acceptance has not expired (practice: "if none, the risk must be explicitly
 * accepted").
 */
public final class CriticalOrHighItemRule implements ChecklistRule {

  public static final String ID = "critical-or-high-item";

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
    boolean hasOne =
        postmortem.actionItems().stream().anyMatch(i -> i.priority().isCriticalOrHigh());
    if (hasOne || postmortem.riskAcceptances().stream().anyMatch(r -> r.holdsOn(today))) {
      return findings.list();
    }
    Subject subject = Subject.postmortem(postmortem.key());
    Optional<RiskAcceptance> latest =
        postmortem.riskAcceptances().stream().max(Comparator.comparing(RiskAcceptance::acceptedAt));
    if (latest.isEmpty()) {
      findings.add(
          "postmortem.rule.critical-or-high-item.missing",
          subject,
          postmortem.actionItems().size());
    } else if (latest.get().reason().isBlank()) {
      findings.add(
          "postmortem.rule.critical-or-high-item.acceptance-without-reason",
          subject,
          latest.get().userKey());
    } else if (latest.get().expiresOn() == null) {
      findings.add(
          "postmortem.rule.critical-or-high-item.acceptance-without-expiry",
          subject,
          latest.get().userKey());
    } else {
      findings.add(
          "postmortem.rule.critical-or-high-item.acceptance-expired",
          subject,
          latest.get().userKey(),
          latest.get().expiresOn());
    }
    return findings.list();
  }
}

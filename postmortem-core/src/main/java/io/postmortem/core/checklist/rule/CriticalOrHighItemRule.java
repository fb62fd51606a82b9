package io.postmortem.core.checklist.rule;

import io.postmortem.core.checklist.ChecklistSettings;
import io.postmortem.core.checklist.RuleSeverity;
import io.postmortem.core.checklist.Subject;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.RiskAcceptance;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/**
 * At least one Critical or High item, unless a stakeholder accepted the risk of recurrence, with a
 * reason, and that acceptance has not expired (practice: "if none, the risk must be explicitly
 * accepted").
 */
public final class CriticalOrHighItemRule extends Rule {

  public static final String ID = "critical-or-high-item";

  public CriticalOrHighItemRule() {
    super(ID, RuleSeverity.BLOCK);
  }

  @Override
  void check(
      Postmortem postmortem, ChecklistSettings settings, LocalDate today, Findings findings) {
    boolean hasOne =
        postmortem.actionItems().stream().anyMatch(i -> i.priority().isCriticalOrHigh());
    if (hasOne || postmortem.riskAcceptances().stream().anyMatch(r -> r.holdsOn(today))) {
      return;
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
  }
}

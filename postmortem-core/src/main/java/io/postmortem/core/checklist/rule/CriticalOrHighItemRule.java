package io.postmortem.core.checklist.rule;

import static io.postmortem.core.checklist.Argument.count;
import static io.postmortem.core.checklist.Argument.day;
import static io.postmortem.core.checklist.Argument.user;

import io.postmortem.core.checklist.ChecklistSettings;
import io.postmortem.core.checklist.RuleDescriptor;
import io.postmortem.core.checklist.RuleSeverity;
import io.postmortem.core.checklist.Subject;
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
public final class CriticalOrHighItemRule extends Rule {

  public static final String ID = "critical-or-high-item";

  public static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          ID,
          RuleSeverity.BLOCK,
          List.of(),
          "missing",
          "acceptance-without-reason",
          "acceptance-without-expiry",
          "acceptance-expired");

  public CriticalOrHighItemRule() {
    super(DESCRIPTOR);
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
      findings.add("missing", subject, count(postmortem.actionItems().size()));
    } else if (latest.get().reason().isBlank()) {
      findings.add("acceptance-without-reason", subject, user(latest.get().userKey()));
    } else if (latest.get().expiresOn() == null) {
      findings.add("acceptance-without-expiry", subject, user(latest.get().userKey()));
    } else {
      findings.add(
          "acceptance-expired",
          subject,
          user(latest.get().userKey()),
          day(latest.get().expiresOn()));
    }
  }
}

package io.postmortem.core.checklist.rule;

import static io.postmortem.core.checklist.Argument.issue;

import io.postmortem.core.checklist.ChecklistSettings;
import io.postmortem.core.checklist.RuleDescriptor;
import io.postmortem.core.checklist.RuleSeverity;
import io.postmortem.core.checklist.Subject;
import io.postmortem.core.postmortem.Postmortem;
import java.time.LocalDate;
import java.util.List;

/** A postmortem reviews at least one incident; without one there is nothing to learn from. */
public final class IncidentLinkedRule extends Rule {

  public static final String ID = "incident-linked";

  public static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(ID, RuleSeverity.BLOCK, List.of(), "missing");

  public IncidentLinkedRule() {
    super(DESCRIPTOR);
  }

  @Override
  void check(
      Postmortem postmortem, ChecklistSettings settings, LocalDate today, Findings findings) {
    if (postmortem.incidents().isEmpty()) {
      findings.add("missing", Subject.postmortem(postmortem.key()), issue(postmortem.key()));
    }
  }
}

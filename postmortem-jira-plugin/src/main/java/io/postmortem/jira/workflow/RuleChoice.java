package io.postmortem.jira.workflow;

import io.postmortem.jira.application.checklist.Choice;
import java.util.List;

/**
 * One checklist rule in the validator form: its id (the form field is {@code severity.<id>}), its
 * name in the admin's language, and the BLOCK / WARN / OFF options with the current one selected.
 */
public record RuleChoice(String id, String name, List<Choice> severities) {
  public RuleChoice {
    severities = List.copyOf(severities);
  }

  /** The form field that carries this rule's severity. */
  public String field() {
    return "severity." + id;
  }
}

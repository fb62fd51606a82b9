package io.postmortem.jira.settings;

import io.postmortem.jira.application.checklist.Choice;
import java.util.List;

/**
 * One checklist rule's severity select on the project settings page.
 *
 * @param name the form parameter, {@code severity.<rule-id>} as in the validator form
 * @param id the HTML id
 * @param label the rule's name in the admin's language
 * @param options Block / Warn / Off with the current one selected
 * @param errors why the submitted value was refused, empty when it was not
 */
public record RuleSetting(
    String name, String id, String label, List<Choice> options, List<String> errors) {
  public RuleSetting {
    options = List.copyOf(options);
    errors = List.copyOf(errors);
  }

  public boolean invalid() {
    return !errors.isEmpty();
  }

  public String errorId() {
    return id + "-error";
  }
}

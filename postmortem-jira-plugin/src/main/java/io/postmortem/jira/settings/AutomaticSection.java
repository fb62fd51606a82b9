package io.postmortem.jira.settings;

import io.postmortem.jira.application.checklist.Choice;
import java.util.List;
import java.util.Map;

/**
 * The "Automatic postmortems" section of the project settings page, every text already in the
 * admin's language. Field names are {@code auto.} plus the core's setting key, so they never clash
 * with a checklist setting.
 *
 * @param enabled whether the box "create a postmortem" is checked
 * @param severities the minimum-severity options, the current one chosen
 * @param assigneeRules the assignee-rule options, the current one chosen
 * @param facilitator the facilitator's user name as saved or typed
 * @param project the postmortem project's key as saved or typed
 * @param errors why a field was refused, by setting key
 */
public record AutomaticSection(
    boolean enabled,
    List<Choice> severities,
    List<Choice> assigneeRules,
    String facilitator,
    String project,
    Map<String, List<String>> errors) {

  static final String PREFIX = "auto.";

  public AutomaticSection {
    severities = List.copyOf(severities);
    assigneeRules = List.copyOf(assigneeRules);
    errors = Map.copyOf(errors);
  }

  /** The refusals of one setting ({@code enabled}, {@code minimumSeverity}, ...), or none. */
  public List<String> errorsOf(String key) {
    return errors.getOrDefault(key, List.of());
  }

  public boolean invalid(String key) {
    return errors.containsKey(key);
  }

  public int errorCount() {
    return errors.values().stream().mapToInt(List::size).sum();
  }
}

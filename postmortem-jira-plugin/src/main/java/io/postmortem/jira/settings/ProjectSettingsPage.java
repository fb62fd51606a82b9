package io.postmortem.jira.settings;

import io.postmortem.jira.application.checklist.Choice;
import java.util.List;

/**
 * Everything the project settings page shows besides the project, every text already in the admin's
 * language.
 *
 * @param rules each rule's severity select
 * @param groups the threshold fieldsets
 * @param more the free-text field for every other setting
 * @param roles the risk-acceptance role options, project administrators first
 * @param roleErrors why the submitted role was refused
 * @param errorCount how many refusals there are, 0 after a plain visit or a save
 * @param saved whether the settings were just saved
 */
public record ProjectSettingsPage(
    List<RuleSetting> rules,
    List<SettingsGroup> groups,
    SettingInput more,
    List<Choice> roles,
    List<String> roleErrors,
    int errorCount,
    boolean saved) {
  public ProjectSettingsPage {
    rules = List.copyOf(rules);
    groups = List.copyOf(groups);
    roles = List.copyOf(roles);
    roleErrors = List.copyOf(roleErrors);
  }

  public boolean roleInvalid() {
    return !roleErrors.isEmpty();
  }
}

package io.postmortem.jira.settings;

import java.util.List;

/**
 * A fieldset of the project settings page: a legend and its fields.
 *
 * @param legend the heading in the admin's language
 * @param inputs the fields in display order
 */
public record SettingsGroup(String legend, List<SettingInput> inputs) {
  public SettingsGroup {
    inputs = List.copyOf(inputs);
  }
}

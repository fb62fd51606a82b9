package io.postmortem.jira.settings;

import java.util.List;

/**
 * One checklist setting with a field of its own on the project settings page.
 *
 * @param key the core's checklist setting key, which is also the form parameter
 * @param labelKey i18n key of the label
 * @param labelArg argument of the label ({@code {0}}), empty when it has none
 * @param helpKey i18n key of the hint below the field, empty when it has none
 * @param rows 0 for a one-line input, otherwise the rows of a text area
 * @param options the values of a list setting shown as checkboxes, empty for a text field
 * @param optionLabelPrefix i18n key prefix of each option's label, followed by the option
 */
record SettingSpec(
    String key,
    String labelKey,
    String labelArg,
    String helpKey,
    int rows,
    List<String> options,
    String optionLabelPrefix) {

  SettingSpec(String key, String labelKey, String labelArg, String helpKey, int rows) {
    this(key, labelKey, labelArg, helpKey, rows, List.of(), "");
  }

  /** A list setting whose entries are a fixed set: one checkbox per entry. */
  static SettingSpec checkboxes(
      String key, String labelKey, String helpKey, List<String> options, String labelPrefix) {
    return new SettingSpec(key, labelKey, "", helpKey, 0, List.copyOf(options), labelPrefix);
  }

  static SettingSpec line(String key, String labelKey) {
    return new SettingSpec(key, labelKey, "", "", 0);
  }

  static SettingSpec line(String key, String labelKey, String helpKey) {
    return new SettingSpec(key, labelKey, "", helpKey, 0);
  }

  static SettingSpec area(String key, String labelKey, String helpKey) {
    return new SettingSpec(key, labelKey, "", helpKey, 4);
  }
}

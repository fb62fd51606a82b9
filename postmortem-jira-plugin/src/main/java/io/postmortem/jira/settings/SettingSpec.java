package io.postmortem.jira.settings;

/**
 * One checklist setting with a field of its own on the project settings page.
 *
 * @param key the core's checklist setting key, which is also the form parameter
 * @param labelKey i18n key of the label
 * @param labelArg argument of the label ({@code {0}}), empty when it has none
 * @param helpKey i18n key of the hint below the field, empty when it has none
 * @param rows 0 for a one-line input, otherwise the rows of a text area
 */
record SettingSpec(String key, String labelKey, String labelArg, String helpKey, int rows) {

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

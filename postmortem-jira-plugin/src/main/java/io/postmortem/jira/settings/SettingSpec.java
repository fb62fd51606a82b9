package io.postmortem.jira.settings;

import io.postmortem.core.checklist.Setting;
import io.postmortem.core.checklist.SettingType;
import java.util.List;

/**
 * One checklist setting with a field of its own on the project settings page. What it holds, its
 * label and its hint come from the core's settings schema; only the layout is the page's.
 *
 * @param key the setting's key (a member's key for a family), which is also the form parameter
 * @param setting its declaration in the schema
 * @param labelKey i18n key of the label
 * @param labelArg argument of the label ({@code {0}}), empty when it has none
 * @param helpKey i18n key of the hint below the field, empty when it has none
 * @param optionLabelPrefix i18n key prefix of each checkbox's label, followed by the choice
 */
record SettingSpec(
    String key,
    Setting setting,
    String labelKey,
    String labelArg,
    String helpKey,
    String optionLabelPrefix) {

  /** A setting as the schema declares it. */
  static SettingSpec of(Setting setting) {
    return new SettingSpec(setting.key(), setting, setting.labelKey(), "", setting.helpKey(), "");
  }

  /** A list setting whose entries are a fixed set: one checkbox per entry. */
  static SettingSpec checkboxes(Setting setting, String optionLabelPrefix) {
    return new SettingSpec(
        setting.key(), setting, setting.labelKey(), "", setting.helpKey(), optionLabelPrefix);
  }

  /** One member of a family, labelled by the word that names it (a language). */
  static SettingSpec member(Setting family, String key) {
    return new SettingSpec(key, family, family.labelKeyOf(key), "", family.helpKey(), "");
  }

  /** One member of a family with a label of its own. */
  static SettingSpec member(
      Setting family, String key, String labelKey, String labelArg, String helpKey) {
    return new SettingSpec(key, family, labelKey, labelArg, helpKey, "");
  }

  /** 0 for a one-line input, otherwise the rows of a text area. */
  int rows() {
    return setting.type() == SettingType.PHRASES || setting.type() == SettingType.DATES ? 4 : 0;
  }

  /** The checkboxes' values, empty for a text field. */
  List<String> options() {
    return optionLabelPrefix.isEmpty() ? List.of() : setting.choices();
  }

  /** The entries checked when the setting is not set. */
  List<String> defaultOptions() {
    return List.of(setting.defaultValue().split(","));
  }
}

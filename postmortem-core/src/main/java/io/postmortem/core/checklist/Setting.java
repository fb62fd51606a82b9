package io.postmortem.core.checklist;

import java.util.List;
import java.util.Objects;

/**
 * One checklist setting, declared once in {@link SettingsSchema}: its key, what it holds, its
 * bounds, its default (as stored text) and the i18n keys of its label and hint. A family such as
 * {@code severity.<rule-id>} is one declaration for many keys; its key names the variable part in
 * angle brackets.
 *
 * @param key the stored key, or the family's pattern
 * @param type what the value holds
 * @param min smallest whole number allowed (whole numbers only)
 * @param max largest whole number allowed (whole numbers only)
 * @param defaultValue the default in stored form; empty when the default is "none"
 * @param choices the allowed entries of a {@link SettingType#CHOICES} or severity setting
 * @param labelKey i18n key of the label; for a family, the prefix its members' labels share
 * @param helpKey i18n key of the hint below the field, empty for none
 * @param badEntryKey i18n key of the error for an entry that is not one of the choices
 */
public record Setting(
    String key,
    SettingType type,
    int min,
    int max,
    String defaultValue,
    List<String> choices,
    String labelKey,
    String helpKey,
    String badEntryKey) {

  public Setting {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    choices = List.copyOf(choices);
  }

  static Setting wholeNumber(String key, int min, int max, int defaultValue, String labelKey) {
    return new Setting(
        key,
        SettingType.WHOLE_NUMBER,
        min,
        max,
        Integer.toString(defaultValue),
        List.of(),
        labelKey,
        "",
        "");
  }

  static Setting yesNo(String key, boolean defaultValue, String labelKey) {
    return new Setting(
        key,
        SettingType.YES_NO,
        0,
        0,
        Boolean.toString(defaultValue),
        List.of(),
        labelKey,
        "",
        "postmortem.settings.error.not-a-boolean");
  }

  static Setting choices(
      String key, List<String> choices, String defaultValue, String labelKey, String badEntryKey) {
    return new Setting(
        key, SettingType.CHOICES, 0, 0, defaultValue, choices, labelKey, "", badEntryKey);
  }

  static Setting of(SettingType type, String key, String defaultValue, String labelKey) {
    return new Setting(key, type, 0, 0, defaultValue, List.of(), labelKey, "", "");
  }

  Setting withBounds(int newMin, int newMax) {
    return new Setting(
        key, type, newMin, newMax, defaultValue, choices, labelKey, helpKey, badEntryKey);
  }

  Setting withChoices(List<String> newChoices, String newBadEntryKey) {
    return new Setting(
        key, type, min, max, defaultValue, newChoices, labelKey, helpKey, newBadEntryKey);
  }

  Setting withHelp(String newHelpKey) {
    return new Setting(
        key, type, min, max, defaultValue, choices, labelKey, newHelpKey, badEntryKey);
  }

  /** Whether this declaration stands for many keys, e.g. {@code severity.<rule-id>}. */
  public boolean isFamily() {
    return key.indexOf('<') >= 0;
  }

  /** What every key of a family starts with, e.g. {@code severity.}; the key itself otherwise. */
  public String prefix() {
    return isFamily() ? key.substring(0, key.indexOf('<')) : key;
  }

  /** Whether {@code candidate} is this setting's key, or a key of this family. */
  public boolean matches(String candidate) {
    return isFamily()
        ? candidate.startsWith(prefix()) && candidate.length() > prefix().length()
        : key.equals(candidate);
  }

  /**
   * The i18n key of the label of {@code member} of a family whose members differ by one word (a
   * rule id, a language): the family's label prefix followed by that word.
   */
  public String labelKeyOf(String member) {
    return isFamily() ? labelKey + member.substring(prefix().length()) : labelKey;
  }
}

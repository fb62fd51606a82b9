package io.postmortem.core.checklist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one policy for settings an admin submits, whether through REST, the project settings page or
 * the checklist validator's form: fields with their own input win over {@code key = value} lines;
 * blank means "the default"; every error is reported at once (unreadable lines, unknown keys,
 * values over the size limits, nonsense values), each naming its setting.
 */
public final class SubmittedSettings {

  static final String KEY_BAD_LINE = "postmortem.settings.error.line";

  private SubmittedSettings() {}

  /** Checks settings submitted as one map, as the REST API takes them. */
  public static ParsedSettings check(Map<String, String> settings) {
    return check(settings, "", "");
  }

  /**
   * Checks a form: its fields by setting key, and its free-text field {@code linesField} holding
   * {@code lines}.
   */
  public static ParsedSettings check(Map<String, String> fields, String linesField, String lines) {
    Map<String, String> settings = new LinkedHashMap<>();
    if (fields != null) {
      fields.forEach(
          (key, value) -> {
            if (key != null && value != null && !value.isBlank()) {
              settings.put(key, value.trim());
            }
          });
    }
    SettingLines.Parsed parsed = SettingLines.parse(lines);
    parsed.settings().forEach(settings::putIfAbsent);
    List<SettingsError> errors = new ArrayList<>();
    for (String line : parsed.badLines().stream().limit(SettingsSchema.MAX_SETTINGS).toList()) {
      errors.add(new SettingsError(linesField, KEY_BAD_LINE, List.of(shortened(line))));
    }
    ParsedSettings checked = ChecklistSettings.parse(settings);
    errors.addAll(checked.errors());
    return new ParsedSettings(checked.settings(), errors);
  }

  /** A refused line as the error quotes it: long enough to recognise, never the whole paste. */
  private static String shortened(String line) {
    return line.length() <= 60 ? line : line.substring(0, 60) + "…";
  }
}

package io.postmortem.jira.settings;

import io.postmortem.core.checklist.ChecklistSettings;
import io.postmortem.core.checklist.ParsedSettings;
import io.postmortem.core.checklist.SettingsError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a project admin submitted on the settings page, read from the request: each field as typed
 * (so a refused form comes back as it was sent), the settings they amount to, and the lines of the
 * free-text field that are no {@code key = value}.
 *
 * @param fields every submitted field by its name, as typed
 * @param settings the non-blank settings, the fields' values winning over free-text lines
 * @param badLines free-text lines without {@code =}
 */
record SettingsSubmission(
    Map<String, String> fields, Map<String, String> settings, List<String> badLines) {

  static final String KEY_BAD_LINE = "postmortem.projectsettings.error.line";
  static final String KEY_UNKNOWN_SETTING = "postmortem.rest.error.unknown-setting";

  /** Reads the parameters the page has; anything else in the request is ignored. */
  static SettingsSubmission read(Map<String, String[]> params, List<String> severityFields) {
    Map<String, String> fields = new LinkedHashMap<>();
    Map<String, String> settings = new LinkedHashMap<>();
    List<String> named = new ArrayList<>(severityFields);
    named.addAll(ProjectSettingsFields.KEYS);
    for (String name : named) {
      String value =
          ProjectSettingsFields.CHECKBOX_KEYS.contains(name)
              ? all(params, name)
              : first(params, name);
      fields.put(name, value);
      if (!value.isBlank()) {
        settings.put(name, value.trim());
      }
    }
    String more = first(params, ProjectSettingsFields.MORE);
    fields.put(ProjectSettingsFields.MORE, more);
    fields.put(ProjectSettingsFields.ROLE, first(params, ProjectSettingsFields.ROLE).trim());
    List<String> badLines = new ArrayList<>();
    for (String line : more.split("\\R")) {
      int equals = line.indexOf('=');
      if (equals > 0) {
        settings.putIfAbsent(line.substring(0, equals).trim(), line.substring(equals + 1).trim());
      } else if (!line.isBlank()) {
        badLines.add(line.trim());
      }
    }
    return new SettingsSubmission(fields, settings, badLines);
  }

  String role() {
    return fields.get(ProjectSettingsFields.ROLE);
  }

  /**
   * The checklist parser's verdict plus what only a form can get wrong: unreadable lines and
   * setting names the parser does not know (it ignores them so newer stored settings never break an
   * older app, but an admin who types one has mistyped a name, which must not pass as saved).
   */
  List<SettingsError> errors(ParsedSettings parsed) {
    List<SettingsError> errors = new ArrayList<>(parsed.errors());
    for (String line : badLines) {
      errors.add(new SettingsError(ProjectSettingsFields.MORE, KEY_BAD_LINE, List.of(line)));
    }
    Map<String, String> canonical = parsed.settings().toMap();
    settings.forEach(
        (setting, value) -> {
          boolean refused = errors.stream().anyMatch(e -> e.setting().equals(setting));
          if (!refused && !canonical.containsKey(setting)) {
            errors.add(new SettingsError(setting, KEY_UNKNOWN_SETTING, List.of(setting)));
          }
        });
    return errors;
  }

  ParsedSettings parse() {
    return ChecklistSettings.parse(settings);
  }

  /** Every checked box of a checkbox group, as the list setting's comma-separated form. */
  private static String all(Map<String, String[]> params, String name) {
    String[] values = params.get(name);
    return values == null ? "" : String.join(",", values);
  }

  private static String first(Map<String, String[]> params, String name) {
    String[] values = params.get(name);
    return values == null || values.length == 0 || values[0] == null ? "" : values[0];
  }
}

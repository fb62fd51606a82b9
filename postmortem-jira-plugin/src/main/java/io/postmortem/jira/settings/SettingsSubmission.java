package io.postmortem.jira.settings;

import io.postmortem.core.checklist.ParsedSettings;
import io.postmortem.core.checklist.SubmittedSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a project admin submitted on the settings page, read from the request: each field as typed,
 * so a refused form comes back as it was sent. Whether it makes sense is the core's one submission
 * policy ({@link SubmittedSettings}), the same the REST API and the validator form use.
 *
 * @param fields every submitted field by its name, as typed
 */
record SettingsSubmission(Map<String, String> fields) {

  /** Reads the parameters the page has; anything else in the request is ignored. */
  static SettingsSubmission read(Map<String, String[]> params, List<String> severityFields) {
    Map<String, String> fields = new LinkedHashMap<>();
    List<String> named = new ArrayList<>(severityFields);
    named.addAll(ProjectSettingsFields.KEYS);
    for (String name : named) {
      fields.put(
          name,
          ProjectSettingsFields.CHECKBOX_KEYS.contains(name)
              ? all(params, name)
              : first(params, name));
    }
    fields.put(ProjectSettingsFields.MORE, first(params, ProjectSettingsFields.MORE));
    fields.put(ProjectSettingsFields.ROLE, first(params, ProjectSettingsFields.ROLE).trim());
    return new SettingsSubmission(fields);
  }

  String role() {
    return fields.get(ProjectSettingsFields.ROLE);
  }

  /** The settings the fields and the free-text lines amount to, with every refusal. */
  ParsedSettings parse() {
    Map<String, String> settings = new LinkedHashMap<>(fields);
    settings.remove(ProjectSettingsFields.ROLE);
    String more = settings.remove(ProjectSettingsFields.MORE);
    return SubmittedSettings.check(settings, ProjectSettingsFields.MORE, more);
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

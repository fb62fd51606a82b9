package io.postmortem.jira.workflow;

import io.postmortem.core.checklist.ChecklistSettings;
import io.postmortem.core.checklist.ParsedSettings;
import io.postmortem.core.checklist.SettingsError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checklist validator's descriptor args: the checklist settings in their flat form, plus
 * {@value #IGNORED}, the submitted values that were refused when the admin saved (so the view can
 * say so). Persisted in workflow XML: never rename the keys.
 */
final class ChecklistArgs {

  static final String IGNORED = "checklist.ignored";

  private ChecklistArgs() {}

  static ParsedSettings parseStored(Map<String, String> stored) {
    Map<String, String> settings = new LinkedHashMap<>(stored);
    settings.remove(IGNORED);
    return ChecklistSettings.parse(settings);
  }

  /** What to store for submitted settings: the canonical form, and what was refused. */
  static Map<String, String> toStore(Map<String, String> submitted) {
    ParsedSettings parsed = ChecklistSettings.parse(submitted);
    Map<String, String> args = new LinkedHashMap<>(parsed.settings().toMap());
    if (!parsed.isValid()) {
      args.put(IGNORED, String.join("\n", refused(parsed.errors(), submitted)));
    }
    return args;
  }

  static List<String> ignored(Map<String, String> stored) {
    String ignored = stored.get(IGNORED);
    return ignored == null || ignored.isBlank() ? List.of() : List.of(ignored.split("\n"));
  }

  private static List<String> refused(List<SettingsError> errors, Map<String, String> submitted) {
    return errors.stream()
        .map(e -> e.setting() + " = " + submitted.getOrDefault(e.setting(), ""))
        .distinct()
        .toList();
  }
}

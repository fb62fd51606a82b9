package io.postmortem.jira.workflow;

import io.postmortem.core.checklist.ChecklistSettings;
import io.postmortem.core.checklist.ParsedSettings;
import io.postmortem.core.checklist.SettingLines;
import io.postmortem.core.checklist.SettingsError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checklist validator's descriptor args: the checklist settings in their flat form, plus
 * {@value #IGNORED}, the submitted values that were refused when the admin saved (so the view can
 * say so), and {@value #SOURCE}, whether the project's settings or these apply. Persisted in
 * workflow XML: never rename the keys or values.
 */
final class ChecklistArgs {

  static final String IGNORED = "checklist.ignored";

  /** Where the validator's settings come from: {@value #PROJECT} or {@value #WORKFLOW}. */
  static final String SOURCE = "settingsSource";

  static final String PROJECT = "project";

  /** Jira stores the validator's class name among its args; it is no setting. */
  static final String JIRA_CLASS_NAME = "class.name";

  static final String WORKFLOW = "workflow";

  private ChecklistArgs() {}

  static ParsedSettings parseStored(Map<String, String> stored) {
    return ChecklistSettings.parse(settingsOf(stored));
  }

  /**
   * Whether the project's settings apply: when chosen explicitly, or when the args hold no settings
   * at all (a validator added before the choice existed but never configured, or added by a
   * script). A validator saved with settings of its own keeps them, so existing workflows decide as
   * before. {@code parsed} is {@link #parseStored} of the same args, which every caller needs
   * anyway (the transition, the edit form and the view), so they are parsed once.
   */
  static boolean usesProjectSettings(Map<String, String> stored, ParsedSettings parsed) {
    String source = stored.get(SOURCE);
    if (PROJECT.equals(source)) {
      return true;
    }
    // Jira's own args (class.name) and anything else that is no setting do not count.
    return !WORKFLOW.equals(source)
        && parsed.onlyUnknownKeys()
        && parsed.settings().toMap().isEmpty();
  }

  /** What to store when the admin chose the project's settings. */
  static Map<String, String> projectSource() {
    return Map.of(SOURCE, PROJECT);
  }

  /**
   * What to store for checked settings: the canonical form, and what was refused, each as the admin
   * typed it ({@code key = value}, or the unreadable line itself).
   */
  static Map<String, String> toStore(
      ParsedSettings parsed, Map<String, String> fields, String lines) {
    Map<String, String> args = new LinkedHashMap<>(parsed.settings().toMap());
    args.put(SOURCE, WORKFLOW);
    if (!parsed.isValid()) {
      Map<String, String> submitted = new LinkedHashMap<>(fields);
      SettingLines.parse(lines).settings().forEach(submitted::putIfAbsent);
      args.put(IGNORED, String.join("\n", refused(parsed.errors(), submitted)));
    }
    return args;
  }

  static List<String> ignored(Map<String, String> stored) {
    String ignored = stored.get(IGNORED);
    return ignored == null || ignored.isBlank() ? List.of() : List.of(ignored.split("\n"));
  }

  private static Map<String, String> settingsOf(Map<String, String> stored) {
    Map<String, String> settings = new LinkedHashMap<>(stored);
    settings.remove(IGNORED);
    settings.remove(SOURCE);
    settings.remove(JIRA_CLASS_NAME);
    return settings;
  }

  private static List<String> refused(List<SettingsError> errors, Map<String, String> submitted) {
    return errors.stream()
        .map(
            e ->
                submitted.containsKey(e.setting())
                    ? e.setting() + " = " + submitted.get(e.setting())
                    : String.valueOf(e.args().isEmpty() ? e.setting() : e.args().get(0)))
        .distinct()
        .toList();
  }
}

package io.postmortem.jira.setup;

import com.atlassian.jira.util.I18nHelper;
import io.postmortem.core.checklist.SettingLines;
import io.postmortem.core.postmortem.PriorityLevel;
import io.postmortem.core.postmortem.Severity;
import io.postmortem.jira.application.issue.FieldRole;
import io.postmortem.jira.application.issue.JiraMapping;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One submitted mapping form, checked against what exists in Jira: every value that names nothing
 * there is an error the admin sees, never a silent blank. Severity lines are read by the core's
 * {@link SettingLines} (split at the last {@code =}, since a select option's text may hold one).
 */
final class MappingSubmission {
  private static final Set<String> MAPPING_KEYS =
      Set.of(
          "issuetype.postmortem",
          "issuetype.remediation",
          "issuetype.incident",
          "linktype.postmortem",
          "linktype.remediation");

  private final Set<String> typeIds;
  private final Set<String> linkIds;
  private final Set<String> fieldIds;
  private final Set<String> priorityIds;
  private final I18nHelper i18n;
  private final List<String> errors = new ArrayList<>();

  MappingSubmission(
      Set<String> typeIds,
      Set<String> linkIds,
      Set<String> fieldIds,
      Set<String> priorityIds,
      I18nHelper i18n) {
    this.typeIds = typeIds;
    this.linkIds = linkIds;
    this.fieldIds = fieldIds;
    this.priorityIds = priorityIds;
    this.i18n = i18n;
  }

  MappingForm.Result read(Map<String, String[]> params, JiraMapping current) {
    Map<String, String> stored = new LinkedHashMap<>(current.toMap());
    boolean severitiesSubmitted = params.containsKey(MappingForm.SEVERITY_LINES);
    stored
        .keySet()
        .removeIf(
            k -> !k.startsWith("horizon.") && !(k.startsWith("severity.") && !severitiesSubmitted));
    readSeverityLines(first(params.get(MappingForm.SEVERITY_LINES)), stored);
    params.forEach((name, values) -> readField(name, first(values).trim(), stored));
    return new MappingForm.Result(errors.isEmpty() ? JiraMapping.fromMap(stored) : current, errors);
  }

  private void readField(String name, String value, Map<String, String> stored) {
    if (value.isEmpty()) {
      return;
    }
    Set<String> known = knownIdsFor(name);
    if (known != null && isMappingKey(name)) {
      if (known.contains(value)) {
        stored.put(name, value);
      } else {
        errors.add(i18n.getText("postmortem.setup.error.unknown", new Object[] {name, value}));
      }
    } else if (name.startsWith("priority.")
        && priorityIds.contains(name.substring("priority.".length()))) {
      if (isLevel(value)) {
        stored.put(name, value.toUpperCase(Locale.ROOT));
      } else {
        errors.add(i18n.getText("postmortem.setup.error.level", new Object[] {name, value}));
      }
    }
  }

  private Set<String> knownIdsFor(String name) {
    if (name.startsWith("issuetype.")) {
      return typeIds;
    }
    if (name.startsWith("linktype.")) {
      return linkIds;
    }
    return name.startsWith("field.") ? fieldIds : null;
  }

  /**
   * Reads "value = SEV_n" lines: the value is a select option's id or its text (matched without
   * regard to case), so an admin can map "Major" to Sev 2 when the usual names do not fit.
   */
  private void readSeverityLines(String text, Map<String, String> stored) {
    SettingLines.Parsed parsed = SettingLines.parse(text, true);
    for (String line : parsed.badLines()) {
      errors.add(i18n.getText("postmortem.setup.error.severity", line));
    }
    parsed
        .settings()
        .forEach(
            (value, severityText) -> {
              String severity = severityText.toUpperCase(Locale.ROOT);
              if (isSeverity(severity)) {
                String key =
                    value.chars().allMatch(Character::isDigit)
                        ? value
                        : value.toLowerCase(Locale.ROOT);
                stored.put("severity." + key, severity);
              } else {
                errors.add(
                    i18n.getText("postmortem.setup.error.severity", value + " = " + severityText));
              }
            });
  }

  private static boolean isSeverity(String name) {
    return Arrays.stream(Severity.values())
        .anyMatch(s -> s != Severity.NONE && s.name().equals(name));
  }

  private static boolean isMappingKey(String name) {
    if (name.startsWith("field.")) {
      String role = name.substring("field.".length());
      return Arrays.stream(FieldRole.values()).anyMatch(r -> r.name().equals(role));
    }
    return MAPPING_KEYS.contains(name);
  }

  private static boolean isLevel(String value) {
    return Arrays.stream(PriorityLevel.values()).anyMatch(l -> l.name().equalsIgnoreCase(value));
  }

  private static String first(String[] values) {
    return values == null || values.length == 0 ? "" : values[0];
  }
}

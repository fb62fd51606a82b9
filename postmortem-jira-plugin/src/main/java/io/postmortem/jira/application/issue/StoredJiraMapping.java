package io.postmortem.jira.application.issue;

import io.postmortem.core.postmortem.Horizon;
import io.postmortem.core.postmortem.PriorityLevel;
import io.postmortem.core.postmortem.Severity;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link JiraMapping} as plugin settings store it: a flat string map. The keys are persisted in
 * every installation, so never rename them.
 */
final class StoredJiraMapping {

  private static final Logger LOG = LoggerFactory.getLogger(StoredJiraMapping.class);

  static final String POSTMORTEM_TYPE = "issuetype.postmortem";
  static final String REMEDIATION_TYPE = "issuetype.remediation";
  static final String INCIDENT_TYPE = "issuetype.incident";
  static final String POSTMORTEM_LINK = "linktype.postmortem";
  static final String REMEDIATION_LINK = "linktype.remediation";
  static final String FIELD = "field.";
  static final String PRIORITY = "priority.";
  static final String SEVERITY = "severity.";
  static final String HORIZON = "horizon.";

  private StoredJiraMapping() {}

  static JiraMapping read(Map<String, String> stored) {
    if (stored == null || stored.isEmpty()) {
      return JiraMapping.defaults();
    }
    Map<FieldRole, String> fields = new EnumMap<>(FieldRole.class);
    Map<String, PriorityLevel> priorities = new LinkedHashMap<>();
    Map<String, Severity> severities = new LinkedHashMap<>();
    Map<String, Horizon> horizons = new LinkedHashMap<>();
    stored.forEach(
        (key, value) -> {
          if (key == null || value == null || value.isBlank()) {
            return;
          }
          if (key.startsWith(FIELD)) {
            enumOf(FieldRole.class, key.substring(FIELD.length()), key)
                .ifPresent(role -> fields.put(role, value.trim()));
          } else if (key.startsWith(PRIORITY)) {
            putById(priorities, PRIORITY, PriorityLevel.class, key, value);
          } else if (key.startsWith(SEVERITY)) {
            putById(severities, SEVERITY, Severity.class, key, value);
          } else if (key.startsWith(HORIZON)) {
            putById(horizons, HORIZON, Horizon.class, key, value);
          }
        });
    return new JiraMapping(
        blankToNull(stored.get(POSTMORTEM_TYPE)),
        blankToNull(stored.get(REMEDIATION_TYPE)),
        blankToNull(stored.get(INCIDENT_TYPE)),
        longOf(stored.get(POSTMORTEM_LINK), POSTMORTEM_LINK),
        longOf(stored.get(REMEDIATION_LINK), REMEDIATION_LINK),
        fields,
        priorities.isEmpty() ? JiraMapping.defaults().priorityLevels() : priorities,
        severities,
        horizons);
  }

  static Map<String, String> write(JiraMapping mapping) {
    Map<String, String> map = new LinkedHashMap<>();
    putIfSet(map, POSTMORTEM_TYPE, mapping.postmortemIssueTypeId());
    putIfSet(map, REMEDIATION_TYPE, mapping.remediationSubTaskTypeId());
    putIfSet(map, INCIDENT_TYPE, mapping.incidentIssueTypeId());
    putIfSet(map, POSTMORTEM_LINK, mapping.postmortemLinkTypeId());
    putIfSet(map, REMEDIATION_LINK, mapping.remediationLinkTypeId());
    mapping.fieldIds().forEach((role, id) -> map.put(FIELD + role.name(), id));
    mapping.priorityLevels().forEach((id, level) -> map.put(PRIORITY + id, level.name()));
    mapping.severities().forEach((key, severity) -> map.put(SEVERITY + key, severity.name()));
    mapping.horizons().forEach((id, horizon) -> map.put(HORIZON + id, horizon.name()));
    return map;
  }

  /** Stores the level named by {@code value} under the id that follows {@code prefix} in key. */
  private static <E extends Enum<E>> void putById(
      Map<String, E> into, String prefix, Class<E> type, String key, String value) {
    enumOf(type, value, key).ifPresent(level -> into.put(key.substring(prefix.length()), level));
  }

  private static <E extends Enum<E>> Optional<E> enumOf(Class<E> type, String value, String key) {
    try {
      return Optional.of(Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      LOG.warn("Ignoring postmortem setting {}={}: not a {}", key, value, type.getSimpleName());
      return Optional.empty();
    }
  }

  private static Long longOf(String value, String key) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(value.trim());
    } catch (NumberFormatException e) {
      LOG.warn("Ignoring postmortem setting {}={}: not an id", key, value);
      return null;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static void putIfSet(Map<String, String> map, String key, Object value) {
    if (value != null) {
      map.put(key, String.valueOf(value));
    }
  }
}

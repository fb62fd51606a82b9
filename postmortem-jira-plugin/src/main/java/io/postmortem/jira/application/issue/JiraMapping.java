package io.postmortem.jira.application.issue;

import io.postmortem.core.postmortem.Horizon;
import io.postmortem.core.postmortem.PriorityLevel;
import io.postmortem.core.postmortem.Severity;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the app finds its things in this Jira, as one immutable value read once per request: the
 * ids of its issue types, link types and custom fields, and how Jira priorities and severity values
 * map to the core's levels. It round-trips through a flat string map because that is what plugin
 * settings store; the keys are persisted, so never rename them.
 *
 * @param postmortemIssueTypeId the Postmortem issue type, or null when not set up
 * @param remediationSubTaskTypeId the Remediation action sub-task type, or null
 * @param incidentIssueTypeId the admin's own Incident issue type, or null for "any issue type"
 * @param postmortemLinkTypeId the link type between a postmortem and its incidents, or null
 * @param remediationLinkTypeId the link type between a postmortem and its action items, or null
 * @param fieldIds custom field ids ({@code customfield_10010}) by role
 * @param priorityLevels level by Jira priority id
 * @param severities severity by select option id, or by lower-case option value
 * @param horizons horizon by select option id of the Horizon field
 */
public record JiraMapping(
    String postmortemIssueTypeId,
    String remediationSubTaskTypeId,
    String incidentIssueTypeId,
    Long postmortemLinkTypeId,
    Long remediationLinkTypeId,
    Map<FieldRole, String> fieldIds,
    Map<String, PriorityLevel> priorityLevels,
    Map<String, Severity> severities,
    Map<String, Horizon> horizons) {

  private static final Logger LOG = LoggerFactory.getLogger(JiraMapping.class);
  private static final Pattern NUMBERED_SEVERITY =
      Pattern.compile("^(?:SEVERITY|SEV|S|P)?([1-4])(?:\\D.*)?$");

  static final String POSTMORTEM_TYPE = "issuetype.postmortem";
  static final String REMEDIATION_TYPE = "issuetype.remediation";
  static final String INCIDENT_TYPE = "issuetype.incident";
  static final String POSTMORTEM_LINK = "linktype.postmortem";
  static final String REMEDIATION_LINK = "linktype.remediation";
  static final String FIELD = "field.";
  static final String PRIORITY = "priority.";
  static final String SEVERITY = "severity.";
  static final String HORIZON = "horizon.";

  public JiraMapping {
    fieldIds = fieldIds == null || fieldIds.isEmpty() ? Map.of() : Map.copyOf(fieldIds);
    priorityLevels = Map.copyOf(priorityLevels == null ? Map.of() : priorityLevels);
    severities = Map.copyOf(severities == null ? Map.of() : severities);
    horizons = Map.copyOf(horizons == null ? Map.of() : horizons);
  }

  /**
   * Nothing set up yet, and Jira's standard priorities (ids 1-5: Highest, High, Medium, Low,
   * Lowest) mapped to Critical, High, Medium, Low, Low.
   */
  public static JiraMapping defaults() {
    return new JiraMapping(
        null,
        null,
        null,
        null,
        null,
        Map.of(),
        Map.of(
            "1", PriorityLevel.CRITICAL,
            "2", PriorityLevel.HIGH,
            "3", PriorityLevel.MEDIUM,
            "4", PriorityLevel.LOW,
            "5", PriorityLevel.LOW),
        Map.of(),
        Map.of());
  }

  /**
   * Reads the stored form. A value that makes no sense is skipped with a logged warning, so a
   * hand-edited or older setting never breaks a read; with nothing stored this gives {@link
   * #defaults()}.
   */
  public static JiraMapping fromMap(Map<String, String> stored) {
    if (stored == null || stored.isEmpty()) {
      return defaults();
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
        priorities.isEmpty() ? defaults().priorityLevels() : priorities,
        severities,
        horizons);
  }

  /** The stored form; {@code fromMap(toMap())} equals this mapping. */
  public Map<String, String> toMap() {
    Map<String, String> map = new LinkedHashMap<>();
    putIfSet(map, POSTMORTEM_TYPE, postmortemIssueTypeId);
    putIfSet(map, REMEDIATION_TYPE, remediationSubTaskTypeId);
    putIfSet(map, INCIDENT_TYPE, incidentIssueTypeId);
    putIfSet(map, POSTMORTEM_LINK, postmortemLinkTypeId);
    putIfSet(map, REMEDIATION_LINK, remediationLinkTypeId);
    fieldIds.forEach((role, id) -> map.put(FIELD + role.name(), id));
    priorityLevels.forEach((id, level) -> map.put(PRIORITY + id, level.name()));
    severities.forEach((key, severity) -> map.put(SEVERITY + key, severity.name()));
    horizons.forEach((id, horizon) -> map.put(HORIZON + id, horizon.name()));
    return map;
  }

  public Optional<String> fieldId(FieldRole role) {
    return Optional.ofNullable(fieldIds.get(role));
  }

  /**
   * The level of a Jira priority: the admin's mapping by id first, then Jira's standard names
   * (including the pre-7 Blocker..Trivial scheme), else Medium so that an unknown priority neither
   * satisfies nor fails a Critical/High rule by accident of naming.
   */
  public PriorityLevel priorityLevelOf(String priorityId, String priorityName) {
    if (priorityId != null && priorityLevels.containsKey(priorityId)) {
      return priorityLevels.get(priorityId);
    }
    String name = priorityName == null ? "" : priorityName.trim().toLowerCase(Locale.ROOT);
    return switch (name) {
      case "highest", "blocker", "critical" -> PriorityLevel.CRITICAL;
      case "high", "major" -> PriorityLevel.HIGH;
      case "low", "lowest", "minor", "trivial" -> PriorityLevel.LOW;
      default -> PriorityLevel.MEDIUM;
    };
  }

  /**
   * An incident's severity from the value of the mapped severity field (an option, a text, or a
   * list of either), by option id, then by the admin's mapping of the value, then by the usual
   * names ("SEV-1", "S2", "P3", "Critical"). Unknown values give {@link Severity#NONE}.
   */
  public Severity severityOfValue(Object value) {
    Object single =
        value instanceof Collection<?> values && !values.isEmpty()
            ? values.iterator().next()
            : value;
    if (single instanceof com.atlassian.jira.issue.customfields.option.Option option) {
      Severity byId =
          option.getOptionId() == null
              ? null
              : severities.get(String.valueOf(option.getOptionId()));
      return byId != null ? byId : severityOfText(option.getValue());
    }
    return single == null ? Severity.NONE : severityOfText(String.valueOf(single));
  }

  /**
   * Severity when no severity field is mapped: the incident's priority stands in for it, since
   * teams without a severity field usually rank incidents by priority.
   */
  public Severity severityOfPriority(String priorityId, String priorityName) {
    if (priorityId == null && priorityName == null) {
      return Severity.NONE;
    }
    return switch (priorityLevelOf(priorityId, priorityName)) {
      case CRITICAL -> Severity.SEV_1;
      case HIGH -> Severity.SEV_2;
      case MEDIUM -> Severity.SEV_3;
      case LOW -> Severity.SEV_4;
    };
  }

  /** The horizon of a Horizon field value, by option id, then by the words in the value. */
  public Horizon horizonOfValue(Object value) {
    if (value instanceof com.atlassian.jira.issue.customfields.option.Option option) {
      Horizon byId =
          option.getOptionId() == null ? null : horizons.get(String.valueOf(option.getOptionId()));
      return byId != null ? byId : horizonOfText(option.getValue());
    }
    return value == null ? null : horizonOfText(String.valueOf(value));
  }

  public JiraMapping withIssueTypes(String postmortem, String remediation, String incident) {
    return withIds(postmortem, remediation, incident, postmortemLinkTypeId, remediationLinkTypeId);
  }

  public JiraMapping withLinkTypes(Long postmortem, Long remediation) {
    return withIds(
        postmortemIssueTypeId,
        remediationSubTaskTypeId,
        incidentIssueTypeId,
        postmortem,
        remediation);
  }

  public JiraMapping withField(FieldRole role, String fieldId) {
    Map<FieldRole, String> fields = new EnumMap<>(FieldRole.class);
    fields.putAll(fieldIds);
    if (fieldId == null || fieldId.isBlank()) {
      fields.remove(role);
    } else {
      fields.put(role, fieldId);
    }
    return withMaps(fields, priorityLevels, severities, horizons);
  }

  public JiraMapping withPriorityLevels(Map<String, PriorityLevel> levels) {
    return withMaps(fieldIds, levels, severities, horizons);
  }

  public JiraMapping withSeverities(Map<String, Severity> bySeverityKey) {
    return withMaps(fieldIds, priorityLevels, bySeverityKey, horizons);
  }

  public JiraMapping withHorizons(Map<String, Horizon> byOptionId) {
    return withMaps(fieldIds, priorityLevels, severities, byOptionId);
  }

  private JiraMapping withIds(
      String postmortemType,
      String remediationType,
      String incidentType,
      Long postmortemLink,
      Long remediationLink) {
    return new JiraMapping(
        postmortemType,
        remediationType,
        incidentType,
        postmortemLink,
        remediationLink,
        fieldIds,
        priorityLevels,
        severities,
        horizons);
  }

  private JiraMapping withMaps(
      Map<FieldRole, String> fields,
      Map<String, PriorityLevel> levels,
      Map<String, Severity> bySeverityKey,
      Map<String, Horizon> byOptionId) {
    return new JiraMapping(
        postmortemIssueTypeId,
        remediationSubTaskTypeId,
        incidentIssueTypeId,
        postmortemLinkTypeId,
        remediationLinkTypeId,
        fields,
        levels,
        bySeverityKey,
        byOptionId);
  }

  private Severity severityOfText(String text) {
    if (text == null || text.isBlank()) {
      return Severity.NONE;
    }
    String lower = text.trim().toLowerCase(Locale.ROOT);
    if (severities.containsKey(lower)) {
      return severities.get(lower);
    }
    String compact = lower.toUpperCase(Locale.ROOT).replaceAll("[\\s_\\-.:]", "");
    Matcher numbered = NUMBERED_SEVERITY.matcher(compact);
    if (numbered.matches()) {
      return Severity.values()[Integer.parseInt(numbered.group(1)) - 1];
    }
    return switch (compact) {
      case "CRITICAL", "BLOCKER", "HIGHEST" -> Severity.SEV_1;
      case "MAJOR", "HIGH" -> Severity.SEV_2;
      case "MEDIUM", "MODERATE", "MINOR" -> Severity.SEV_3;
      case "LOW", "LOWEST", "TRIVIAL" -> Severity.SEV_4;
      default -> Severity.NONE;
    };
  }

  private static Horizon horizonOfText(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains("short") || lower.contains("kurz")) {
      return Horizon.SHORT_TERM;
    }
    if (lower.contains("long") || lower.contains("lang")) {
      return Horizon.LONG_TERM;
    }
    return null;
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

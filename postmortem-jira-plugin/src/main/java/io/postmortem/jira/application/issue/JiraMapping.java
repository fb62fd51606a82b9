package io.postmortem.jira.application.issue;

import io.postmortem.core.postmortem.Horizon;
import io.postmortem.core.postmortem.PriorityLevel;
import io.postmortem.core.postmortem.Severity;
import io.postmortem.core.postmortem.Vocabulary;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
    return StoredJiraMapping.read(stored);
  }

  /** The stored form; {@code fromMap(toMap())} equals this mapping. */
  public Map<String, String> toMap() {
    return StoredJiraMapping.write(this);
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
    return Vocabulary.priorityLevelOfName(priorityName);
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
    return Vocabulary.severityOfPriority(priorityLevelOf(priorityId, priorityName));
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
    return Vocabulary.severityOfName(text);
  }

  private static Horizon horizonOfText(String text) {
    return Vocabulary.horizonOfName(text).orElse(null);
  }
}

package io.postmortem.jira.application.issue;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.postmortem.core.postmortem.PriorityLevel;
import io.postmortem.core.postmortem.Severity;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the app finds its issue types, link types and custom fields in this Jira, and how
 * priorities and severities map. Stored as one map in SAL plugin settings (the database), never in
 * a field of this bean: on Data Center every node must see an admin's change at once.
 *
 * <p>Reading code that needs several values calls {@link #current()} once and works on the returned
 * {@link JiraMapping}, so a request costs one settings read whatever it looks up.
 */
@Named
public class PostmortemConfiguration {

  /** The plugin-settings key; persisted, never change it. */
  static final String SETTINGS_KEY = "io.postmortem.jira.configuration";

  private static final Logger LOG = LoggerFactory.getLogger(PostmortemConfiguration.class);

  private final PluginSettingsFactory settingsFactory;
  private final CustomFieldManager customFieldManager;

  @Inject
  public PostmortemConfiguration(
      @ComponentImport PluginSettingsFactory settingsFactory,
      @ComponentImport CustomFieldManager customFieldManager) {
    this.settingsFactory = settingsFactory;
    this.customFieldManager = customFieldManager;
  }

  /** The configuration as stored now; {@link JiraMapping#defaults()} when nothing is stored. */
  public JiraMapping current() {
    Object stored = settings().get(SETTINGS_KEY);
    if (stored == null) {
      return JiraMapping.defaults();
    }
    if (stored instanceof Map<?, ?> map) {
      return JiraMapping.fromMap(strings(map));
    }
    LOG.warn(
        "Postmortem configuration in plugin settings is a {}, not a map; using defaults",
        stored.getClass().getName());
    return JiraMapping.defaults();
  }

  public void save(JiraMapping mapping) {
    settings().put(SETTINGS_KEY, new LinkedHashMap<>(mapping.toMap()));
  }

  /**
   * The custom fields of every mapped role, looked up by their stored ids: one lookup per role,
   * whatever the number of issues they are then read from. A field that no longer exists is left
   * out (the setup page reports it as missing).
   */
  public Map<FieldRole, CustomField> fields(JiraMapping mapping) {
    Map<FieldRole, CustomField> fields = new EnumMap<>(FieldRole.class);
    mapping
        .fieldIds()
        .forEach(
            (role, id) -> {
              CustomField field = customFieldManager.getCustomFieldObject(id);
              if (field != null) {
                fields.put(role, field);
              }
            });
    return fields;
  }

  public String postmortemIssueTypeId() {
    return current().postmortemIssueTypeId();
  }

  public String remediationSubTaskTypeId() {
    return current().remediationSubTaskTypeId();
  }

  /** The admin's own Incident issue type, or null when any linked issue counts as an incident. */
  public String incidentIssueTypeId() {
    return current().incidentIssueTypeId();
  }

  public Long postmortemLinkTypeId() {
    return current().postmortemLinkTypeId();
  }

  public Long remediationLinkTypeId() {
    return current().remediationLinkTypeId();
  }

  public PriorityLevel priorityLevelOf(Priority priority) {
    return priorityLevelOf(current(), priority);
  }

  /**
   * The incident's severity by the mapped severity field, or by its priority when none is mapped.
   */
  public Severity severityOf(Issue incident) {
    return severityOf(current(), incident);
  }

  /** The incident's severity under an already loaded mapping: one field lookup at most. */
  public Severity severityOf(JiraMapping mapping, Issue incident) {
    CustomField severityField =
        mapping
            .fieldId(FieldRole.SEVERITY)
            .map(customFieldManager::getCustomFieldObject)
            .orElse(null);
    return severityOf(mapping, severityField, incident);
  }

  static PriorityLevel priorityLevelOf(JiraMapping mapping, Priority priority) {
    return priority == null
        ? PriorityLevel.MEDIUM
        : mapping.priorityLevelOf(priority.getId(), priority.getName());
  }

  static Severity severityOf(JiraMapping mapping, CustomField severityField, Issue incident) {
    if (severityField != null) {
      return mapping.severityOfValue(incident.getCustomFieldValue(severityField));
    }
    Priority priority = incident.getPriority();
    return priority == null
        ? Severity.NONE
        : mapping.severityOfPriority(priority.getId(), priority.getName());
  }

  private PluginSettings settings() {
    return settingsFactory.createGlobalSettings();
  }

  private static Map<String, String> strings(Map<?, ?> map) {
    Map<String, String> strings = new LinkedHashMap<>();
    map.forEach(
        (key, value) -> {
          if (key != null && value != null) {
            strings.put(String.valueOf(key), String.valueOf(value));
          }
        });
    return strings;
  }
}

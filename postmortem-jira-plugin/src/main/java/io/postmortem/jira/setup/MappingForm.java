package io.postmortem.jira.setup;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.PriorityManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.core.postmortem.PriorityLevel;
import io.postmortem.jira.application.issue.FieldRole;
import io.postmortem.jira.application.issue.JiraMapping;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The mapping half of the setup page: which existing issue types, link types and fields the app
 * uses, and the level of each Jira priority. The form field names are the configuration's own
 * stored keys, so the submitted form is read by {@link JiraMapping#fromMap} after every value has
 * been checked against what exists in Jira.
 */
@Named
public class MappingForm {

  private final IssueTypeManager issueTypeManager;
  private final IssueLinkTypeManager linkTypeManager;
  private final CustomFieldManager customFieldManager;
  private final PriorityManager priorityManager;

  @Inject
  public MappingForm(
      @ComponentImport IssueTypeManager issueTypeManager,
      @ComponentImport IssueLinkTypeManager linkTypeManager,
      @ComponentImport CustomFieldManager customFieldManager,
      @ComponentImport PriorityManager priorityManager) {
    this.issueTypeManager = issueTypeManager;
    this.linkTypeManager = linkTypeManager;
    this.customFieldManager = customFieldManager;
    this.priorityManager = priorityManager;
  }

  /** The selects of the form, the current mapping selected. */
  public List<MappingRow> rows(JiraMapping mapping, I18nHelper i18n) {
    List<IssueType> types = List.copyOf(issueTypeManager.getIssueTypes());
    List<IssueLinkType> links = List.copyOf(linkTypeManager.getIssueLinkTypes());
    List<CustomField> fields = customFieldManager.getCustomFieldObjects();
    String none = i18n.getText("postmortem.setup.mapping.none");
    List<MappingRow> rows = new ArrayList<>();
    List<IssueType> standardTypes = types.stream().filter(t -> !t.isSubTask()).toList();
    List<IssueType> subTaskTypes = types.stream().filter(IssueType::isSubTask).toList();
    rows.add(
        row(
            "issuetype.postmortem",
            "postmortem.setup.item.postmortem-type",
            i18n,
            none,
            typePicks(standardTypes, mapping.postmortemIssueTypeId())));
    rows.add(
        row(
            "issuetype.remediation",
            "postmortem.setup.item.remediation-type",
            i18n,
            none,
            typePicks(subTaskTypes, mapping.remediationSubTaskTypeId())));
    rows.add(
        row(
            "issuetype.incident",
            "postmortem.setup.item.incident-type",
            i18n,
            i18n.getText("postmortem.setup.mapping.any"),
            typePicks(standardTypes, mapping.incidentIssueTypeId())));
    rows.add(
        row(
            "linktype.postmortem",
            "postmortem.setup.item.postmortem-link",
            i18n,
            none,
            linkPicks(links, mapping.postmortemLinkTypeId())));
    rows.add(
        row(
            "linktype.remediation",
            "postmortem.setup.item.remediation-link",
            i18n,
            none,
            linkPicks(links, mapping.remediationLinkTypeId())));
    for (FieldRole role : FieldRole.values()) {
      rows.add(
          row(
              "field." + role.name(),
              "postmortem.setup.field." + role.name(),
              i18n,
              none,
              picks(
                  fields,
                  CustomField::getId,
                  CustomField::getName,
                  mapping.fieldId(role).orElse(null))));
    }
    for (Priority priority : priorityManager.getPriorities()) {
      PriorityLevel level = mapping.priorityLevelOf(priority.getId(), priority.getName());
      List<Pick> levels = new ArrayList<>();
      for (PriorityLevel option : PriorityLevel.values()) {
        levels.add(
            new Pick(
                option.name(), i18n.getText("postmortem.level." + option.name()), option == level));
      }
      rows.add(
          new MappingRow(
              "priority." + priority.getId(),
              i18n.getText("postmortem.setup.mapping.priority", priority.getName()),
              levels));
    }
    return rows;
  }

  /**
   * The mapping the submitted form describes, or the errors that keep it from being saved. Values
   * that name nothing in Jira are errors, not silent blanks: the admin sees what to fix and the
   * stored mapping stays as it was.
   */
  public Result read(Map<String, String[]> params, JiraMapping current, I18nHelper i18n) {
    Set<String> typeIds = ids(issueTypeManager.getIssueTypes(), IssueType::getId);
    Set<String> linkIds = ids(linkTypeManager.getIssueLinkTypes(), l -> String.valueOf(l.getId()));
    Set<String> fieldIds = ids(customFieldManager.getCustomFieldObjects(), CustomField::getId);
    Set<String> priorityIds = ids(priorityManager.getPriorities(), Priority::getId);
    Map<String, String> stored = new LinkedHashMap<>(current.toMap());
    boolean severitiesSubmitted = params.containsKey(SEVERITY_LINES);
    stored
        .keySet()
        .removeIf(
            k -> !k.startsWith("horizon.") && !(k.startsWith("severity.") && !severitiesSubmitted));
    List<String> errors = new ArrayList<>();
    readSeverityLines(params.get(SEVERITY_LINES), stored, errors, i18n);
    params.forEach(
        (name, values) -> {
          String value = values == null || values.length == 0 ? "" : values[0].trim();
          if (value.isEmpty()) {
            return;
          }
          Set<String> known =
              name.startsWith("issuetype.")
                  ? typeIds
                  : name.startsWith("linktype.")
                      ? linkIds
                      : name.startsWith("field.") ? fieldIds : null;
          if (known != null && isMappingKey(name)) {
            if (known.contains(value)) {
              stored.put(name, value);
            } else {
              errors.add(
                  i18n.getText("postmortem.setup.error.unknown", new Object[] {name, value}));
            }
          } else if (name.startsWith("priority.")
              && priorityIds.contains(name.substring("priority.".length()))) {
            if (isLevel(value)) {
              stored.put(name, value.toUpperCase(Locale.ROOT));
            } else {
              errors.add(i18n.getText("postmortem.setup.error.level", new Object[] {name, value}));
            }
          }
        });
    return new Result(errors.isEmpty() ? JiraMapping.fromMap(stored) : current, errors);
  }

  /**
   * What reading the form gave.
   *
   * @param mapping the new mapping, or the unchanged current one when there are errors
   * @param errors localized errors, empty when the mapping may be saved
   */
  public record Result(JiraMapping mapping, List<String> errors) {
    public Result {
      errors = List.copyOf(errors);
    }
  }

  /** The form field of the severity value mapping, one {@code value = SEV_n} per line. */
  public static final String SEVERITY_LINES = "severityLines";

  /** The current severity value mapping as the lines the form shows. */
  public static String severityLines(JiraMapping mapping) {
    return mapping.severities().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + " = " + e.getValue().name())
        .collect(Collectors.joining("\n"));
  }

  /**
   * Reads "value = SEV_n" lines: the value is a select option's id or its text (matched without
   * regard to case), so an admin can map "Major" to Sev 2 when the usual names do not fit.
   */
  private static void readSeverityLines(
      String[] values, Map<String, String> stored, List<String> errors, I18nHelper i18n) {
    if (values == null || values.length == 0) {
      return;
    }
    for (String line : values[0].split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      int equals = line.lastIndexOf('=');
      String value = equals > 0 ? line.substring(0, equals).trim() : "";
      String severity =
          equals > 0 ? line.substring(equals + 1).trim().toUpperCase(Locale.ROOT) : "";
      boolean known =
          java.util.Arrays.stream(io.postmortem.core.postmortem.Severity.values())
              .anyMatch(
                  s ->
                      s.name().equals(severity)
                          && s != io.postmortem.core.postmortem.Severity.NONE);
      if (value.isEmpty() || !known) {
        errors.add(i18n.getText("postmortem.setup.error.severity", line.trim()));
      } else {
        String key =
            value.chars().allMatch(Character::isDigit) ? value : value.toLowerCase(Locale.ROOT);
        stored.put("severity." + key, severity);
      }
    }
  }

  private static boolean isMappingKey(String name) {
    if (name.startsWith("field.")) {
      String role = name.substring("field.".length());
      return java.util.Arrays.stream(FieldRole.values()).anyMatch(r -> r.name().equals(role));
    }
    return Set.of(
            "issuetype.postmortem",
            "issuetype.remediation",
            "issuetype.incident",
            "linktype.postmortem",
            "linktype.remediation")
        .contains(name);
  }

  private static boolean isLevel(String value) {
    return java.util.Arrays.stream(PriorityLevel.values())
        .anyMatch(l -> l.name().equalsIgnoreCase(value));
  }

  private static MappingRow row(
      String field, String labelKey, I18nHelper i18n, String emptyLabel, List<Pick> picks) {
    List<Pick> options = new ArrayList<>();
    options.add(new Pick("", emptyLabel, picks.stream().noneMatch(Pick::selected)));
    options.addAll(picks);
    return new MappingRow(field, i18n.getText(labelKey), options);
  }

  private static List<Pick> typePicks(List<IssueType> types, String selected) {
    return picks(types, IssueType::getId, IssueType::getName, selected);
  }

  private static List<Pick> linkPicks(List<IssueLinkType> links, Long selected) {
    return picks(links, l -> String.valueOf(l.getId()), IssueLinkType::getName, string(selected));
  }

  private static <T> List<Pick> picks(
      List<T> items, Function<T, String> id, Function<T, String> name, String selected) {
    return items.stream()
        .map(item -> new Pick(id.apply(item), name.apply(item), id.apply(item).equals(selected)))
        .toList();
  }

  private static <T> Set<String> ids(java.util.Collection<T> items, Function<T, String> id) {
    return items.stream().map(id).collect(Collectors.toSet());
  }

  private static String string(Long id) {
    return id == null ? null : String.valueOf(id);
  }
}

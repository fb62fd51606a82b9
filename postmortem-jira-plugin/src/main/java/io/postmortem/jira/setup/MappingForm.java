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
import java.util.List;
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
    typeRows(rows, types, mapping, i18n, none);
    linkRows(rows, links, mapping, i18n, none);
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
      rows.add(priorityRow(priority, mapping, i18n));
    }
    return rows;
  }

  private void typeRows(
      List<MappingRow> rows,
      List<IssueType> types,
      JiraMapping mapping,
      I18nHelper i18n,
      String none) {
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
  }

  private void linkRows(
      List<MappingRow> rows,
      List<IssueLinkType> links,
      JiraMapping mapping,
      I18nHelper i18n,
      String none) {
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
  }

  /** A Jira priority and the four levels, the one it maps to selected. */
  private static MappingRow priorityRow(Priority priority, JiraMapping mapping, I18nHelper i18n) {
    PriorityLevel level = mapping.priorityLevelOf(priority.getId(), priority.getName());
    List<Pick> levels = new ArrayList<>();
    for (PriorityLevel option : PriorityLevel.values()) {
      levels.add(
          new Pick(
              option.name(), i18n.getText("postmortem.level." + option.name()), option == level));
    }
    return new MappingRow(
        "priority." + priority.getId(),
        i18n.getText("postmortem.setup.mapping.priority", priority.getName()),
        levels);
  }

  /**
   * The mapping the submitted form describes, or the errors that keep it from being saved. Values
   * that name nothing in Jira are errors, not silent blanks: the admin sees what to fix and the
   * stored mapping stays as it was.
   */
  public Result read(Map<String, String[]> params, JiraMapping current, I18nHelper i18n) {
    return new MappingSubmission(
            ids(issueTypeManager.getIssueTypes(), IssueType::getId),
            ids(linkTypeManager.getIssueLinkTypes(), l -> String.valueOf(l.getId())),
            ids(customFieldManager.getCustomFieldObjects(), CustomField::getId),
            ids(priorityManager.getPriorities(), Priority::getId),
            i18n)
        .read(params, current);
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

package io.postmortem.jira.application.issue;

import com.atlassian.jira.config.SubTaskManager;
import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueFactory;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.core.postmortem.Horizon;
import io.postmortem.jira.application.http.RestErrors;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * Creates a postmortem's action item in Jira: a Remediation action sub-task in the postmortem's own
 * project, or an issue in another team's project linked with the remediation link type, so the
 * checklist and every reader find it the way they find items made by hand. Horizon and success
 * measure go into the app's own fields, found by the ids the setup stored. One issue creation and
 * one link, whatever the postmortem holds.
 */
@Named
public class ActionItemCreator {

  public static final String KEY_NO_TYPE = "postmortem.rest.error.action-item.no-type";
  static final String KEY_NO_LINK = "postmortem.rest.error.action-item.no-link";
  static final String KEY_NO_FIELD = "postmortem.rest.error.action-item.no-field";
  static final String KEY_FAILED = "postmortem.rest.error.action-item.failed";

  private final IssueFactory issueFactory;
  private final IssueManager issueManager;
  private final SubTaskManager subTaskManager;
  private final IssueLinkManager linkManager;
  private final OptionsManager optionsManager;

  @Inject
  public ActionItemCreator(
      @ComponentImport IssueFactory issueFactory,
      @ComponentImport IssueManager issueManager,
      @ComponentImport SubTaskManager subTaskManager,
      @ComponentImport IssueLinkManager linkManager,
      @ComponentImport OptionsManager optionsManager) {
    this.issueFactory = issueFactory;
    this.issueManager = issueManager;
    this.subTaskManager = subTaskManager;
    this.linkManager = linkManager;
    this.optionsManager = optionsManager;
  }

  /**
   * The issue type an item gets in {@code project}: the mapped Remediation action sub-task type in
   * the postmortem's own project; elsewhere the project's "Task", else its first standard type that
   * is not the Postmortem type. Empty when the project has none of these.
   */
  public static Optional<IssueType> itemType(
      Project project, boolean subTask, JiraMapping mapping) {
    Collection<IssueType> types = project.getIssueTypes();
    if (types == null) {
      return Optional.empty();
    }
    if (subTask) {
      return types.stream()
          .filter(t -> t.getId() != null && t.getId().equals(mapping.remediationSubTaskTypeId()))
          .findFirst();
    }
    return types.stream()
        .filter(
            t ->
                !t.isSubTask()
                    && !String.valueOf(t.getId()).equals(mapping.postmortemIssueTypeId()))
        // Jira's default standard type first; false sorts before true.
        .sorted(Comparator.comparing((IssueType t) -> !"Task".equalsIgnoreCase(t.getName())))
        .findFirst();
  }

  /**
   * Creates the item and ties it to the postmortem; 400 naming the field Jira is not set up for.
   */
  public Issue create(
      Issue postmortem,
      NewActionItem item,
      ApplicationUser by,
      JiraMapping mapping,
      Map<FieldRole, CustomField> fields) {
    if (!item.subTask() && mapping.remediationLinkTypeId() == null) {
      throw RestErrors.invalid("project", KEY_NO_LINK);
    }
    MutableIssue issue = issueFactory.getIssue();
    issue.setProjectObject(item.project());
    issue.setIssueType(item.type());
    if (item.subTask()) {
      issue.setParentObject(postmortem);
    }
    issue.setSummary(item.summary());
    issue.setPriority(item.priority());
    issue.setAssignee(item.assignee());
    issue.setReporter(by);
    issue.setDueDate(Timestamp.valueOf(item.dueDate().atStartOfDay()));
    issue.setCustomFieldValue(
        field(fields, FieldRole.HORIZON, "horizon"), horizon(mapping, item.horizon()));
    issue.setCustomFieldValue(
        field(fields, FieldRole.SUCCESS_MEASURE, "successMeasure"), item.successMeasure());
    try {
      Issue created = issueManager.createIssueObject(by, issue);
      if (item.subTask()) {
        subTaskManager.createSubTaskIssueLink(postmortem, created, by);
      } else {
        linkManager.createIssueLink(
            postmortem.getId(), created.getId(), mapping.remediationLinkTypeId(), null, by);
      }
      return created;
    } catch (CreateException e) {
      throw new IllegalStateException(KEY_FAILED, e);
    }
  }

  private static CustomField field(
      Map<FieldRole, CustomField> fields, FieldRole role, String requestField) {
    CustomField field = fields.get(role);
    if (field == null) {
      throw RestErrors.invalid(requestField, KEY_NO_FIELD, requestField);
    }
    return field;
  }

  /** The Horizon field's option the setup mapped to {@code horizon}. */
  private Option horizon(JiraMapping mapping, Horizon horizon) {
    return mapping.horizons().entrySet().stream()
        .filter(entry -> entry.getValue() == horizon)
        .map(entry -> optionsManager.findByOptionId(Long.valueOf(entry.getKey())))
        .filter(option -> option != null)
        .findFirst()
        .orElseThrow(() -> RestErrors.invalid("horizon", KEY_NO_FIELD, "horizon"));
  }
}

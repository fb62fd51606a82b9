package io.postmortem.jira.application.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import io.postmortem.core.postmortem.ActionItem;
import io.postmortem.core.postmortem.OwnershipConfirmation;
import java.util.Collection;
import java.util.Map;

/**
 * The one way a Jira issue becomes a core {@link ActionItem}. The checklist, the panels, the
 * dashboard, the reminders and the JQL functions all read items through it, so an item's priority,
 * horizon, due day and schedule are the same wherever it is judged.
 */
public final class ActionItems {
  private ActionItems() {}

  public static ActionItem of(
      Issue issue,
      JiraMapping mapping,
      Map<FieldRole, CustomField> fields,
      OwnershipConfirmation confirmation) {
    return new ActionItem(
        issue.getKey(),
        issue.getSummary(),
        PostmortemConfiguration.priorityLevelOf(mapping, issue.getPriority()),
        mapping.horizonOfValue(value(issue, fields.get(FieldRole.HORIZON))),
        issue.getAssigneeId(),
        JiraTime.dayOf(issue.getDueDate()),
        issue.getResolutionDate() != null,
        confirmation,
        text(value(issue, fields.get(FieldRole.SUCCESS_MEASURE))),
        isScheduled(issue, fields.get(FieldRole.SPRINT)),
        issue.getCreated() == null ? null : issue.getCreated().toInstant(),
        Assignees.inactive(issue));
  }

  /**
   * Whether the item's current assignee confirmed its current due date: the question behind "no
   * confirmed owner" in every count and filter.
   */
  public static boolean confirmationHolds(Issue issue, OwnershipConfirmation confirmation) {
    return confirmation != null
        && issue.getAssigneeId() != null
        && confirmation.holdsFor(issue.getAssigneeId(), JiraTime.dayOf(issue.getDueDate()));
  }

  /** In a fix version or a sprint: what the {@code NOT_SCHEDULED} JQL clause asks too. */
  private static boolean isScheduled(Issue issue, CustomField sprintField) {
    Collection<?> fixVersions = issue.getFixVersions();
    if (fixVersions != null && !fixVersions.isEmpty()) {
      return true;
    }
    Object sprints = value(issue, sprintField);
    return sprints instanceof Collection<?> list ? !list.isEmpty() : sprints != null;
  }

  private static Object value(Issue issue, CustomField field) {
    return field == null ? null : issue.getCustomFieldValue(field);
  }

  private static String text(Object value) {
    return value == null ? "" : String.valueOf(value);
  }
}

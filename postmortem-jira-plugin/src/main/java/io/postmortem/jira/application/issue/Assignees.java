package io.postmortem.jira.application.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

/** What the checklist and reminders need to know about an item's assignee beyond the key. */
public final class Assignees {

  private Assignees() {}

  /**
   * Whether the item has an assignee who can no longer work on it: deactivated, or deleted (Jira
   * then answers no user, or a placeholder that is not active). Such an item needs a new owner, so
   * it must not pass as owned however it was confirmed before.
   */
  public static boolean inactive(Issue issue) {
    if (issue.getAssigneeId() == null) {
      return false;
    }
    ApplicationUser assignee = issue.getAssignee();
    return assignee == null || !assignee.isActive();
  }
}

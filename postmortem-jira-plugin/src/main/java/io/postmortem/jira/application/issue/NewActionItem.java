package io.postmortem.jira.application.issue;

import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import io.postmortem.core.postmortem.Horizon;
import java.time.LocalDate;

/**
 * A checked request for a new action item, every value already resolved in Jira.
 *
 * @param project where the item is created
 * @param type its issue type: the Remediation action sub-task type in the postmortem's own project,
 *     a standard type in another team's project
 * @param subTask whether it becomes a sub-task of the postmortem (else a linked issue)
 * @param summary what is to be done
 * @param assignee who does it, or null for unassigned
 * @param priority its Jira priority
 * @param horizon short or long term
 * @param dueDate by when
 * @param successMeasure how success will be measured
 */
public record NewActionItem(
    Project project,
    IssueType type,
    boolean subTask,
    String summary,
    ApplicationUser assignee,
    Priority priority,
    Horizon horizon,
    LocalDate dueDate,
    String successMeasure) {}

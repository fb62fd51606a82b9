package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.IssueConstant;
import com.atlassian.jira.issue.status.category.StatusCategory;

/**
 * Stand-in for {@code com.atlassian.jira.issue.status.Status}. Source:
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/issue/status/Status.html
 * ({@code getStatusCategory()} since 6.1).
 */
public interface Status extends IssueConstant {
  StatusCategory getStatusCategory();
}

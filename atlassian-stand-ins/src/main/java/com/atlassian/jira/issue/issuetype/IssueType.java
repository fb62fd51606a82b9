package com.atlassian.jira.issue.issuetype;

import com.atlassian.jira.issue.IssueConstant;

/**
 * Stand-in for {@code com.atlassian.jira.issue.issuetype.IssueType}. Source:
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/issue/issuetype/IssueType.html
 */
public interface IssueType extends IssueConstant {
  boolean isSubTask();
}

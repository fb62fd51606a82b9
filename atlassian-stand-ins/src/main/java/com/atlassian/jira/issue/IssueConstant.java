package com.atlassian.jira.issue;

/**
 * Stand-in for {@code com.atlassian.jira.issue.IssueConstant}, the common parent of priorities,
 * issue types, statuses and resolutions. Source:
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/issue/IssueConstant.html
 */
public interface IssueConstant {
  String getId();

  String getName();
}

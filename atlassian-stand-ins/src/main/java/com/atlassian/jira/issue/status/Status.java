package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.IssueConstant;

/**
 * Stand-in for {@code com.atlassian.jira.issue.status.Status}. Source:
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/issue/status/Status.html
 */
public interface Status extends IssueConstant {}

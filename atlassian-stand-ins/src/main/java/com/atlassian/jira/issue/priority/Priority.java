package com.atlassian.jira.issue.priority;

import com.atlassian.jira.issue.IssueConstant;

/**
 * Stand-in for {@code com.atlassian.jira.issue.priority.Priority} (an IssueConstant). Source:
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/issue/priority/Priority.html
 */
public interface Priority extends IssueConstant {}

package com.atlassian.jira.issue;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged): the setters the
 * plugin calls, each returning the parameters as in Jira.
 *
 * <p>Source: cures-hub/cures-condec-jira MockIssueInputParameters (implements the real interface);
 * the same calls in Jira 7+ callers in the code index. See atlassian-stand-ins/SOURCES.md.
 */
public interface IssueInputParameters {

  IssueInputParameters setProjectId(Long projectId);

  IssueInputParameters setIssueTypeId(String issueTypeId);

  IssueInputParameters setSummary(String summary);

  IssueInputParameters setDescription(String description);

  IssueInputParameters setReporterId(String reporterId);

  IssueInputParameters setAssigneeId(String assigneeId);

  IssueInputParameters addCustomFieldValue(Long customFieldId, String... values);

  void setSkipScreenCheck(boolean skipScreenCheck);
}

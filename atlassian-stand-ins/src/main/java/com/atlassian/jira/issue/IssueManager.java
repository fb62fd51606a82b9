package com.atlassian.jira.issue;

/** Stand-in of Jira 11.3's {@code IssueManager} (scrum-poker 11.3 JQL function, condec mocks). */
public interface IssueManager {
  MutableIssue getIssueObject(Long id);

  MutableIssue getIssueObject(String key);
}

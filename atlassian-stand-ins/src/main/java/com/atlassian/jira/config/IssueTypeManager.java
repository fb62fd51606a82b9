package com.atlassian.jira.config;

import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Collection;

/**
 * Stand-in for {@code com.atlassian.jira.config.IssueTypeManager} (members used here only). Source:
 * Jira source of the interface (avatarId variants "@since v6.3", "avatarId ... Cannot be null", new
 * types are "added to the default issue type scheme"); cures-hub/cures-condec-jira
 * MockIssueTypeManager implements it (Jira 8.20). See SOURCES.md.
 */
public interface IssueTypeManager {
  IssueType createIssueType(String name, String description, Long avatarId);

  IssueType createSubTaskIssueType(String name, String description, Long avatarId);

  IssueType getIssueType(String id);

  Collection<IssueType> getIssueTypes();
}

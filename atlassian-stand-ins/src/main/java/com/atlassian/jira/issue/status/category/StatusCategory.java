package com.atlassian.jira.issue.status.category;

/**
 * Stand-in for {@code com.atlassian.jira.issue.status.category.StatusCategory} (@PublicApi since
 * 6.1; members used here only). Source: Jira source of the interface; keys per Jira's status
 * categories. See SOURCES.md (setup).
 */
public interface StatusCategory {
  String TO_DO = "new";
  String IN_PROGRESS = "indeterminate";
  String COMPLETE = "done";

  String getKey();
}

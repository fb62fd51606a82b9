package com.atlassian.jira.config;

import com.atlassian.jira.issue.status.category.StatusCategory;

/**
 * Stand-in for {@code com.atlassian.jira.config.StatusCategoryManager} (since 6.1; members used
 * here only). Source: Jira source of the interface ("Find category by given Key ... null when is
 * not found"). See SOURCES.md (setup).
 */
public interface StatusCategoryManager {
  StatusCategory getStatusCategoryByKey(String key);
}

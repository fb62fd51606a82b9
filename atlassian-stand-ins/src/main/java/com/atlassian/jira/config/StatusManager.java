package com.atlassian.jira.config;

import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import java.util.Collection;

/**
 * Stand-in for {@code com.atlassian.jira.config.StatusManager} (@PublicApi since 5.0; members used
 * here only). Source: the jira-api source of the interface (find_string "public interface
 * StatusManager"): {@code Collection<Status> getStatuses()}; the four-argument {@code createStatus}
 * "@since 6.1" in a later copy of the same source (name unique and not blank, icon URL not blank,
 * category not null).
 */
public interface StatusManager {
  Status createStatus(
      String name, String description, String iconUrl, StatusCategory statusCategory);

  Collection<Status> getStatuses();
}

package com.atlassian.jira.config;

import com.atlassian.jira.issue.status.Status;
import java.util.Collection;

/**
 * Stand-in for {@code com.atlassian.jira.config.StatusManager} (@PublicApi since 5.0; members used
 * here only). Source: the jira-api source of the interface (find_string "public interface
 * StatusManager"): {@code Collection<Status> getStatuses()}.
 */
public interface StatusManager {
  Collection<Status> getStatuses();
}

package com.atlassian.jira.config;

import com.atlassian.jira.issue.priority.Priority;
import java.util.List;

/**
 * Stand-in for {@code com.atlassian.jira.config.PriorityManager} (members used here only). Source:
 * {@code List<Priority> getPriorities()} called by codescape/jira-multiple-subtasks (11.3.3).
 */
public interface PriorityManager {
  List<Priority> getPriorities();
}

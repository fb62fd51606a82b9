package com.atlassian.jira.workflow;

import java.util.Map;

/**
 * Stand-in for {@code com.atlassian.jira.workflow.WorkflowScheme} (members used here only). Source:
 * Jira source of the interface (jira-api), including its self-typed {@code Builder<T>}. See
 * SOURCES.md (setup).
 */
public interface WorkflowScheme {
  Long getId();

  String getName();

  boolean isDefault();

  String getActualWorkflow(String issueTypeId);

  Map<String, String> getMappings();

  String getConfiguredWorkflow(String issueTypeId);

  interface Builder<T extends Builder<T>> {
    T setMapping(String issueTypeId, String workflowName);

    T setMappings(Map<String, String> mappings);
  }
}

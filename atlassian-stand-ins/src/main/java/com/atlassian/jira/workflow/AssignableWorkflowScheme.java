package com.atlassian.jira.workflow;

/**
 * Stand-in for {@code com.atlassian.jira.workflow.AssignableWorkflowScheme} (since 5.2; members
 * used here only). Source: Jira source of the interface (jira-api). See SOURCES.md (setup).
 */
public interface AssignableWorkflowScheme extends WorkflowScheme {
  Builder builder();

  interface Builder extends WorkflowScheme.Builder<Builder> {
    Builder setName(String name);

    Builder setDescription(String description);

    AssignableWorkflowScheme build();
  }
}

package com.atlassian.jira.workflow;

import com.atlassian.jira.issue.status.Status;
import com.opensymphony.workflow.loader.StepDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;

/**
 * Stand-in for {@code com.atlassian.jira.workflow.ConfigurableJiraWorkflow} (jira-core; the class
 * every public plugin that creates a workflow from XML constructs). Source: Jira source of the
 * class, constructor {@code (String name, WorkflowDescriptor, WorkflowManager)}; supertype {@code
 * AbstractJiraWorkflow} left out. See SOURCES.md (setup).
 */
public class ConfigurableJiraWorkflow implements JiraWorkflow {
  public ConfigurableJiraWorkflow(
      String name, WorkflowDescriptor workflowDescriptor, WorkflowManager workflowManager) {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public String getName() {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public WorkflowDescriptor getDescriptor() {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public StepDescriptor getLinkedStep(Status status) {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public Status getLinkedStatusObject(StepDescriptor stepDescriptor) {
    throw new UnsupportedOperationException("stand-in");
  }
}

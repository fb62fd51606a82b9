package com.atlassian.jira.workflow;

import com.atlassian.jira.issue.status.Status;
import com.opensymphony.workflow.loader.StepDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;

/**
 * Stand-in for {@code com.atlassian.jira.workflow.JiraWorkflow} (@PublicApi; members used here
 * only). Source: Jira source of the interface and its {@code STEP_STATUS_KEY} meta attribute, which
 * links a step to its status. See SOURCES.md (setup).
 */
public interface JiraWorkflow {
  String STEP_STATUS_KEY = "jira.status.id";

  String getName();

  WorkflowDescriptor getDescriptor();

  /** The step the status stands for in this workflow, or null. */
  StepDescriptor getLinkedStep(Status status);

  /** The status a step stands for. */
  Status getLinkedStatusObject(StepDescriptor stepDescriptor);
}

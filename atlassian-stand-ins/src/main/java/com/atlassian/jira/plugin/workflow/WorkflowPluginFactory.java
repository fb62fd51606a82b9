package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;
import java.util.Map;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged).
 *
 * <p>Source: Jira source of com.atlassian.jira.plugin.workflow.WorkflowPluginFactory;
 * getDescriptorParams signature as overridden in codescape/jira-multiple-subtasks
 * CreateSubtasksWorkflowFunctionFactory (11.3.3). See atlassian-stand-ins/SOURCES.md.
 */
public interface WorkflowPluginFactory {
  Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor);

  Map<String, ?> getDescriptorParams(Map<String, Object> formParams);
}

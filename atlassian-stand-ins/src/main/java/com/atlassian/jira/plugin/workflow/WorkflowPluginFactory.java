package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;
import java.util.Map;

/**
 * Stand-in for {@code com.atlassian.jira.plugin.workflow.WorkflowPluginFactory}. Source: the
 * jira-api source of the interface (find_string "public interface WorkflowPluginFactory"); 11.3
 * subclasses in codescape/jira-multiple-subtasks override {@code getDescriptorParams}.
 */
public interface WorkflowPluginFactory {
  Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor);

  Map<String, ?> getDescriptorParams(Map<String, Object> formParams);
}

package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;
import java.util.Map;

/**
 * Stand-in for {@code com.atlassian.jira.plugin.workflow.AbstractWorkflowPluginFactory}: dispatches
 * {@code getVelocityParams} on "view" / "input-parameters" / "edit-parameters" to the three abstract
 * methods. Source: the jira-api source of the class (find_string "abstract class
 * AbstractWorkflowPluginFactory"); 11.3 subclass codescape/jira-multiple-subtasks
 * CreateSubtasksWorkflowFunctionFactory. Bodies throw: this is a compile-time stand-in.
 */
public abstract class AbstractWorkflowPluginFactory implements WorkflowPluginFactory {

  @Override
  public Map<String, Object> getVelocityParams(String resourceName, AbstractDescriptor descriptor) {
    throw new UnsupportedOperationException("stand-in");
  }

  protected abstract void getVelocityParamsForInput(Map<String, Object> velocityParams);

  protected abstract void getVelocityParamsForEdit(
      Map<String, Object> velocityParams, AbstractDescriptor descriptor);

  protected abstract void getVelocityParamsForView(
      Map<String, Object> velocityParams, AbstractDescriptor descriptor);

  protected String extractSingleParam(Map<String, Object> conditionParams, String paramName) {
    throw new UnsupportedOperationException("stand-in");
  }
}

package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;
import java.util.Map;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged).
 *
 * <p>Source: Jira source of AbstractWorkflowPluginFactory; abstract hooks as overridden in
 * codescape/jira-multiple-subtasks (11.3.3). The real class dispatches getVelocityParams to the
 * three hooks; the stand-in does not imitate that, so plugin factories implement {@link
 * WorkflowPluginValidatorFactory} directly (testable without Jira). See
 * atlassian-stand-ins/SOURCES.md.
 */
public abstract class AbstractWorkflowPluginFactory implements WorkflowPluginFactory {
  protected abstract void getVelocityParamsForInput(Map<String, Object> velocityParams);

  protected abstract void getVelocityParamsForEdit(
      Map<String, Object> velocityParams, AbstractDescriptor descriptor);

  protected abstract void getVelocityParamsForView(
      Map<String, Object> velocityParams, AbstractDescriptor descriptor);

  @Override
  public Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor) {
    throw new UnsupportedOperationException("stand-in");
  }

  protected String extractSingleParam(Map<String, Object> params, String name) {
    throw new UnsupportedOperationException("stand-in");
  }
}

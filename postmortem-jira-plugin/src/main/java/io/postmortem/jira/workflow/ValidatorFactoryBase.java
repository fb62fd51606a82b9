package io.postmortem.jira.workflow;

import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import java.util.HashMap;
import java.util.Map;

/**
 * Hands each of the workflow editor's three templates its parameters. It implements Jira's factory
 * interface directly rather than extending {@code AbstractWorkflowPluginFactory}, so the whole
 * round trip (form, stored args, view) runs in unit tests without Jira.
 */
abstract class ValidatorFactoryBase implements WorkflowPluginValidatorFactory {

  /** Jira's resource names, from the {@code <resource name=…>} of the module descriptor. */
  static final String VIEW = "view";

  static final String INPUT = "input-parameters";
  static final String EDIT = "edit-parameters";

  @Override
  public Map<String, Object> getVelocityParams(String resourceName, AbstractDescriptor descriptor) {
    Map<String, Object> params = new HashMap<>();
    switch (resourceName == null ? "" : resourceName) {
      case VIEW -> putViewParams(params, storedArgs(descriptor));
      case EDIT -> putFormParams(params, storedArgs(descriptor));
      case INPUT -> putFormParams(params, Map.of());
      default -> {
        // Jira asks only for the three resources above.
      }
    }
    return params;
  }

  /** Parameters of the add and edit forms; {@code stored} is empty when adding. */
  abstract void putFormParams(Map<String, Object> params, Map<String, String> stored);

  /** Parameters of the sentence that describes a configured validator. */
  abstract void putViewParams(Map<String, Object> params, Map<String, String> stored);

  private static Map<String, String> storedArgs(AbstractDescriptor descriptor) {
    return descriptor instanceof ValidatorDescriptor validator
        ? DescriptorArgs.stored(validator.getArgs())
        : Map.of();
  }
}

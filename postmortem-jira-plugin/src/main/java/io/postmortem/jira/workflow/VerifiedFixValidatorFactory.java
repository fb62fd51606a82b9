package io.postmortem.jira.workflow;

import java.util.Map;

/**
 * The workflow editor's side of {@link VerifiedFixValidator}. It has no settings: which items need
 * evidence (Critical and High) is the practice, not a per-transition choice, so the form only says
 * what the validator does.
 *
 * <p>This class name is stored in the XML of every workflow that uses the validator: never rename
 * or move it.
 */
public class VerifiedFixValidatorFactory extends ValidatorFactoryBase {

  @Override
  void putFormParams(Map<String, Object> params, Map<String, String> stored) {
    // Nothing to choose; the template explains the validator.
  }

  @Override
  void putViewParams(Map<String, Object> params, Map<String, String> stored) {
    // The sentence is fixed.
  }

  @Override
  public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
    return Map.of();
  }
}

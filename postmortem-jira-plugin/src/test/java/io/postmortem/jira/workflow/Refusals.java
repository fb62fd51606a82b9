package io.postmortem.jira.workflow;

import static org.junit.Assert.fail;

import com.atlassian.jira.issue.Issue;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import java.util.List;
import java.util.Map;

/** Runs a workflow validator on one issue in a test that expects the transition to be refused. */
final class Refusals {

  private Refusals() {}

  /** The messages the user sees; fails the test when the transition was not refused. */
  static List<?> of(Validator validator, Issue issue, Map<String, String> args) {
    try {
      validator.validate(Map.of("issue", issue), args, null);
    } catch (InvalidInputException e) {
      return e.getGenericErrors();
    } catch (com.opensymphony.workflow.WorkflowException e) {
      throw new AssertionError("the validator failed instead of refusing", e);
    }
    fail("the transition was not refused");
    return List.of();
  }
}

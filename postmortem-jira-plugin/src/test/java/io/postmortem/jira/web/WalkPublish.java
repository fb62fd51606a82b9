package io.postmortem.jira.web;

import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.WorkflowException;
import io.postmortem.jira.application.issue.IssueVisibility;
import io.postmortem.jira.workflow.PostmortemChecklistValidator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Publish" in the walk-through: the workflow's own {@link PostmortemChecklistValidator}, built as
 * Jira builds it, over the walk's Jira and stores, run on PM-12 as Jira holds it after the walk's
 * steps. The owner presses Publish, so the refusal is in the owner's language and formats.
 */
final class WalkPublish {

  private final WalkServices walk;
  private final PostmortemChecklistValidator validator;

  WalkPublish(WalkServices walk) {
    this.walk = walk;
    this.validator =
        new PostmortemChecklistValidator(
            walk.jira.authenticationContext,
            walk.reader,
            walk.time,
            walk.settings,
            new IssueVisibility(walk.jira.permissions),
            walk.texts());
  }

  /**
   * Ann, the owner, runs the validator on the transition, as the workflow does.
   *
   * @return the messages of its refusal, one per line the user sees; empty when it let the
   *     postmortem through
   */
  List<String> publish() {
    walk.logIn("ann");
    try {
      validator.validate(Map.of("issue", walk.postmortem()), new HashMap<>(), null);
      return List.of();
    } catch (InvalidInputException refused) {
      return refused.getGenericErrors().stream().map(String::valueOf).toList();
    } catch (WorkflowException e) {
      throw new AssertionError("the validator failed instead of deciding", e);
    }
  }
}

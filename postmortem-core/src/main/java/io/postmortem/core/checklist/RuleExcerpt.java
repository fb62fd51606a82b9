package io.postmortem.core.checklist;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one viewer is shown of one rule's result: the first violations about issues they may see,
 * how many more of those there are, and how many issues they cannot see the rule found something
 * about. The outcome is the rule's own, judged on every item.
 *
 * @param result the rule's full result
 * @param shown at most the requested number of visible violations, in report order
 * @param more visible violations left out to keep the excerpt short
 * @param hiddenIssues distinct issues the viewer cannot see that the left-out violations concern
 */
public record RuleExcerpt(RuleResult result, List<Violation> shown, int more, int hiddenIssues) {

  public RuleExcerpt {
    shown = List.copyOf(shown);
  }

  /** Every visible violation of {@code result}, none left out for length. */
  public static RuleExcerpt of(RuleResult result, HiddenIssues hidden) {
    return of(result, hidden, Integer.MAX_VALUE);
  }

  /**
   * At most {@code limit} visible violations; one over the limit is shown rather than replaced by
   * an "and 1 more" line that would be just as long.
   */
  public static RuleExcerpt of(RuleResult result, HiddenIssues hidden, int limit) {
    List<Violation> visible = new ArrayList<>();
    Set<String> hiddenKeys = new HashSet<>();
    for (Violation violation : result.violations()) {
      hidden
          .hiddenIssueOf(violation)
          .ifPresentOrElse(hiddenKeys::add, () -> visible.add(violation));
    }
    if (visible.size() <= limit || visible.size() - limit == 1) {
      return new RuleExcerpt(result, visible, 0, hiddenKeys.size());
    }
    return new RuleExcerpt(
        result, visible.subList(0, limit), visible.size() - limit, hiddenKeys.size());
  }

  public String ruleId() {
    return result.ruleId();
  }

  public RuleOutcome outcome() {
    return result.outcome();
  }
}

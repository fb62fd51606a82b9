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

  public static RuleExcerpt of(RuleResult result, HiddenIssues hidden, int limit) {
    List<Violation> shown = new ArrayList<>();
    Set<String> hiddenKeys = new HashSet<>();
    int more = 0;
    for (Violation violation : result.violations()) {
      var hiddenKey = hidden.hiddenIssueOf(violation);
      if (hiddenKey.isPresent()) {
        hiddenKeys.add(hiddenKey.get());
      } else if (shown.size() < limit) {
        shown.add(violation);
      } else {
        more++;
      }
    }
    return new RuleExcerpt(result, shown, more, hiddenKeys.size());
  }

  public String ruleId() {
    return result.ruleId();
  }

  public RuleOutcome outcome() {
    return result.outcome();
  }
}

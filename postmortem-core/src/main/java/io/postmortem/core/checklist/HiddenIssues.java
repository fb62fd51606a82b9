package io.postmortem.core.checklist;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * The issues one viewer may not browse, by key. The checklist judges every item whoever looks, so
 * the gate stays right; what a viewer is shown of the report leaves out each violation about a
 * hidden issue, because its message names the issue and quotes its summary.
 */
public final class HiddenIssues {

  private static final HiddenIssues NONE = new HiddenIssues(Set.of());

  private final Set<String> keys;

  private HiddenIssues(Set<String> keys) {
    this.keys = keys;
  }

  public static HiddenIssues none() {
    return NONE;
  }

  public static HiddenIssues of(Collection<String> keys) {
    return keys.isEmpty() ? NONE : new HiddenIssues(Set.copyOf(keys));
  }

  public boolean isEmpty() {
    return keys.isEmpty();
  }

  public boolean hides(String issueKey) {
    return keys.contains(issueKey);
  }

  /**
   * The hidden issue {@code violation} is about or names, if any: its subject (an action item, or
   * the text of one) or an issue it names.
   */
  public Optional<String> hiddenIssueOf(Violation violation) {
    if (keys.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> subject = violation.subject().issueKey().filter(keys::contains);
    if (subject.isPresent()) {
      return subject;
    }
    return violation.args().stream()
        .filter(Argument.IssueRef.class::isInstance)
        .map(a -> ((Argument.IssueRef) a).key())
        .filter(keys::contains)
        .findFirst();
  }
}

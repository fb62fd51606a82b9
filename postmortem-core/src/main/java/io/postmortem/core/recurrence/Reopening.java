package io.postmortem.core.recurrence;

import io.postmortem.core.incident.StatusCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Which remediation items of an earlier postmortem go back to work when its incident recurs, and
 * through which workflow transition. Jira does the reopening; this decides what to ask of it.
 *
 * <p>An item is reopened only when its project asks for it, it is done (its status is in the done
 * category, whatever the status is called) and the author who marked the recurrence may see and
 * transition it. An item the author cannot see is counted, never named.
 */
public final class Reopening {

  /** What happens to one remediation item of the earlier postmortem. */
  public enum Decision {
    /** Done, its project reopens recurred items, the author may transition it. */
    REOPEN,
    /** Not done: nothing to reopen. */
    OPEN,
    /** Its project keeps done items closed (the default). */
    SETTING_OFF,
    /** Would be reopened, but the author cannot see or transition it: counted, not named. */
    HIDDEN
  }

  /** A workflow transition out of an item's current status, and where it leads. */
  public record Transition(int actionId, StatusCategory target) {}

  private Reopening() {}

  /**
   * @param settingOn whether the item's project reopens done items when their incident recurs
   * @param done whether the item's status is in the done category
   * @param actorMayTransition whether the author may browse and transition the item
   */
  public static Decision decide(boolean settingOn, boolean done, boolean actorMayTransition) {
    if (!settingOn) {
      return Decision.SETTING_OFF;
    }
    if (!done) {
      return Decision.OPEN;
    }
    return actorMayTransition ? Decision.REOPEN : Decision.HIDDEN;
  }

  /**
   * The transition that reopens an item: the first that leads to a to-do status, else the first
   * that leads to an in-progress one, in the workflow's order; empty when every transition leads to
   * a done status (or to a status of no known category).
   */
  public static OptionalInt transition(List<Transition> transitions) {
    for (StatusCategory wanted : List.of(StatusCategory.TO_DO, StatusCategory.IN_PROGRESS)) {
      for (Transition transition : transitions) {
        if (transition.target() == wanted) {
          return OptionalInt.of(transition.actionId());
        }
      }
    }
    return OptionalInt.empty();
  }

  /** An item Jira did not reopen, and Jira's reason. */
  public record Failure(String key, String reason) {
    public Failure {
      Objects.requireNonNull(key, "key");
      reason = reason == null ? "" : reason;
    }
  }

  /**
   * What marking a recurrence did to the earlier items.
   *
   * @param reopened keys of the items reopened
   * @param failures items that could not be reopened, with Jira's reason
   * @param hidden items that would have been reopened but the author cannot see or transition
   */
  public record Outcome(List<String> reopened, List<Failure> failures, int hidden) {
    public static final Outcome NONE = new Outcome(List.of(), List.of(), 0);

    public Outcome {
      reopened = List.copyOf(reopened);
      failures = List.copyOf(failures);
    }

    public boolean isEmpty() {
      return reopened.isEmpty() && failures.isEmpty() && hidden == 0;
    }
  }

  /** Collects an {@link Outcome} item by item. */
  public static final class Tally {
    private final List<String> reopened = new ArrayList<>();
    private final List<Failure> failures = new ArrayList<>();
    private int hidden;

    public void reopened(String key) {
      reopened.add(key);
    }

    public void failed(String key, String reason) {
      failures.add(new Failure(key, reason));
    }

    public void hidden() {
      hidden++;
    }

    public Outcome outcome() {
      return new Outcome(reopened, failures, hidden);
    }
  }
}

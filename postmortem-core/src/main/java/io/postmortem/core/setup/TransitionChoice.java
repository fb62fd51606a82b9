package io.postmortem.core.setup;

import java.util.Collection;
import java.util.Set;

/**
 * Which closing transitions the admin ticked for the gates. Until the admin chooses, every closing
 * transition is chosen, so the default setup gates them all without a click; once the admin
 * chooses, only the ticked ones are, and an empty choice gates none.
 *
 * @param explicit whether the admin chose (the form sent its choice)
 * @param keys the {@link GateTransition#key()}s ticked
 */
public record TransitionChoice(boolean explicit, Set<String> keys) {

  public TransitionChoice {
    keys = Set.copyOf(keys);
  }

  public static TransitionChoice everyTransition() {
    return new TransitionChoice(false, Set.of());
  }

  public static TransitionChoice of(Collection<String> keys) {
    return new TransitionChoice(true, Set.copyOf(keys));
  }

  public boolean chosen(GateTransition transition) {
    return !explicit || keys.contains(transition.key());
  }
}

package io.postmortem.jira.setup;

import java.util.List;

/**
 * The closing transitions of one gated workflow as a group of checkboxes in the setup preview.
 *
 * @param legend which gate, which workflow, which project
 * @param picks one checkbox per closing transition
 */
public record TransitionGroup(String legend, List<TransitionPick> picks) {

  public TransitionGroup {
    picks = List.copyOf(picks);
  }
}

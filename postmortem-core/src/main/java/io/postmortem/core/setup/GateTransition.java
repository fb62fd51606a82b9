package io.postmortem.core.setup;

import java.util.List;

/**
 * A closing transition (one into a "done" status) of a workflow the setup gates, as the preview
 * lists it for the admin to tick and "Is it wired up?" reports it.
 *
 * @param gate which gate: {@link ObjectKind#INCIDENT_GATE} or {@link ObjectKind#VERIFIED_FIX_GATE}
 * @param projectKey the project whose workflow it is
 * @param workflow the workflow's name
 * @param actionId the transition's id, which a per-project copy of the workflow keeps
 * @param name the transition's name
 * @param from the statuses it leaves (empty for a global transition, which leaves any)
 * @param to the status it enters
 * @param gated whether it already carries the gate's validator
 */
public record GateTransition(
    ObjectKind gate,
    String projectKey,
    String workflow,
    int actionId,
    String name,
    List<String> from,
    String to,
    boolean gated) {

  public GateTransition {
    from = List.copyOf(from);
  }

  /**
   * What the setup page's checkbox sends: the gate, the project and the transition id. Not the
   * workflow's name, so a choice made on the shared workflow still holds for its per-project copy.
   */
  public String key() {
    return gate.name() + ":" + projectKey + ":" + actionId;
  }
}

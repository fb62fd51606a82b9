package io.postmortem.jira.setup;

import io.postmortem.core.setup.GateTransition;
import io.postmortem.core.setup.SetupLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What attaching a gate did, or would do: its report lines (the gate's own, then one per unticked
 * transition that keeps the gate), when the gate lives in a copy of the workflow, the workflow
 * scheme mapping that gives the copy to the project, and the closing transitions the admin may
 * choose from.
 */
record GateStep(
    List<SetupLine> lines, Optional<SchemeMapping> mapping, List<GateTransition> transitions) {

  GateStep {
    lines = List.copyOf(lines);
    transitions = List.copyOf(transitions);
  }

  static GateStep of(SetupLine line) {
    return new GateStep(List.of(line), Optional.empty(), List.of());
  }

  static GateStep mapped(SetupLine line, SchemeMapping mapping) {
    return new GateStep(List.of(line), Optional.of(mapping), List.of());
  }

  /** This step with the transitions listed and the lines about unticked ones after its own. */
  GateStep listing(List<GateTransition> listed, List<SetupLine> more) {
    List<SetupLine> all = new ArrayList<>(lines);
    all.addAll(more);
    return new GateStep(all, mapping, listed);
  }
}

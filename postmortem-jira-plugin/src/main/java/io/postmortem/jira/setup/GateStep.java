package io.postmortem.jira.setup;

import io.postmortem.core.setup.SetupLine;
import java.util.Optional;

/**
 * What attaching a gate did, or would do: its report line and, when the gate lives in a copy of the
 * workflow, the workflow scheme mapping that gives the copy to the project.
 */
record GateStep(SetupLine line, Optional<SchemeMapping> mapping) {

  static GateStep of(SetupLine line) {
    return new GateStep(line, Optional.empty());
  }
}

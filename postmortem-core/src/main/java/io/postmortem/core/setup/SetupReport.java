package io.postmortem.core.setup;

import java.util.List;

/**
 * The preview or the outcome of setting up one project: every object, in the order handled, and the
 * closing transitions of the workflows it gates, for the admin to choose from.
 */
public record SetupReport(
    String projectKey, boolean applied, List<SetupLine> lines, List<GateTransition> transitions) {

  public SetupReport {
    lines = List.copyOf(lines);
    transitions = List.copyOf(transitions);
  }

  public SetupReport(String projectKey, boolean applied, List<SetupLine> lines) {
    this(projectKey, applied, lines, List.of());
  }

  public boolean anyFailed() {
    return lines.stream().anyMatch(SetupLine::failed);
  }

  /** How many objects the run creates, changes or copies (zero on a second run). */
  public long changes() {
    return lines.stream().filter(line -> line.action().writes()).count();
  }
}

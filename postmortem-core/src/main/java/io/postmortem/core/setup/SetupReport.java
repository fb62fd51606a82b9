package io.postmortem.core.setup;

import java.util.List;

/** The preview or the outcome of setting up one project: every object, in the order handled. */
public record SetupReport(String projectKey, boolean applied, List<SetupLine> lines) {

  public SetupReport {
    lines = List.copyOf(lines);
  }

  public boolean anyFailed() {
    return lines.stream().anyMatch(SetupLine::failed);
  }

  /** How many objects the run creates, changes or copies (zero on a second run). */
  public long changes() {
    return lines.stream().filter(line -> line.action().writes()).count();
  }
}

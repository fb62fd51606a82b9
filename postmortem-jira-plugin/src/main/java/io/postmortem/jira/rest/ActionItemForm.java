package io.postmortem.jira.rest;

import java.util.List;

/**
 * What the "Add action item" dialog offers: the projects the caller may create in, the priorities,
 * the horizons, and the latest due date the limit allows for each priority and horizon (computed by
 * the same core code the {@code due-within-limit} rule uses).
 *
 * @param projects the postmortem's own project first (sub-task), then the others (linked issue)
 * @param priorities Jira's priorities, in Jira's order
 * @param horizons the two horizons with their labels
 * @param latestDueDates the default due date per priority id and horizon
 */
public record ActionItemForm(
    List<ProjectChoice> projects,
    List<Choice> priorities,
    List<Choice> horizons,
    List<LatestDueDate> latestDueDates) {

  /**
   * A project to create in; {@code subTask} for the postmortem's own; {@code label} says so in the
   * caller's language, e.g. "Operations (OPS) – sub-task".
   */
  public record ProjectChoice(String key, String name, boolean subTask, String label) {}

  /** A value and its label. */
  public record Choice(String value, String label) {}

  /** The latest due date for items of one priority and horizon, ISO yyyy-MM-dd. */
  public record LatestDueDate(String priority, String horizon, String dueDate) {}
}

package io.postmortem.core.incident;

import io.postmortem.core.postmortem.TimelineEventKind;
import java.util.Locale;

/**
 * The category of a workflow status. Every Jira status belongs to one of three categories whatever
 * its name or language ("Erledigt", "Won't fix", "Shipped" are all {@link #DONE}), so the app
 * classifies statuses by category, never by name.
 */
public enum StatusCategory {
  TO_DO("new"),
  IN_PROGRESS("indeterminate"),
  DONE("done"),
  UNDEFINED("undefined");

  private final String jiraKey;

  StatusCategory(String jiraKey) {
    this.jiraKey = jiraKey;
  }

  /** The category with Jira's key ({@code new}, {@code indeterminate}, {@code done}). */
  public static StatusCategory ofJiraKey(String key) {
    if (key != null) {
      String lower = key.trim().toLowerCase(Locale.ROOT);
      for (StatusCategory category : values()) {
        if (category.jiraKey.equals(lower)) {
          return category;
        }
      }
    }
    return UNDEFINED;
  }

  /** What an incident's change into a status of this category marks on the timeline. */
  public TimelineEventKind timelineEventKind() {
    return this == DONE ? TimelineEventKind.RESOLVED : TimelineEventKind.OTHER;
  }
}

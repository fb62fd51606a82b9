package io.postmortem.core.creation;

/**
 * Who gets an automatically created postmortem. The incident's assignee knows the incident best; a
 * standing facilitator keeps reviews neutral; the project lead is the fallback every project has.
 * Stored by name: never rename a constant.
 */
public enum AssigneeRule {
  INCIDENT_ASSIGNEE,
  FACILITATOR,
  PROJECT_LEAD;

  /**
   * The user name the rule picks, falling back to the project lead when the chosen person is
   * missing (an unassigned incident, no facilitator configured); empty when nobody is known.
   */
  public String choose(String incidentAssignee, String facilitator, String projectLead) {
    String chosen =
        switch (this) {
          case INCIDENT_ASSIGNEE -> incidentAssignee;
          case FACILITATOR -> facilitator;
          case PROJECT_LEAD -> projectLead;
        };
    if (chosen != null && !chosen.isBlank()) {
      return chosen.trim();
    }
    return projectLead == null ? "" : projectLead.trim();
  }
}

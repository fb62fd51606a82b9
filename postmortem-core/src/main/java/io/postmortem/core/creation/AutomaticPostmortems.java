package io.postmortem.core.creation;

import io.postmortem.core.postmortem.Severity;
import java.util.Objects;

/**
 * One project's rule "create a postmortem when an incident of severity S or worse is resolved". Off
 * by default: a team switches it on once it has agreed who reviews what.
 *
 * @param enabled whether resolving an incident creates a postmortem at all
 * @param minimumSeverity the least severe incident that gets one (SEV_1 is the worst)
 * @param assigneeRule who the created postmortem is assigned to
 * @param facilitator user name of the standing facilitator, empty when none
 * @param postmortemProject key of the project postmortems are created in, empty for the incident's
 *     own project
 */
public record AutomaticPostmortems(
    boolean enabled,
    Severity minimumSeverity,
    AssigneeRule assigneeRule,
    String facilitator,
    String postmortemProject) {

  /** What a project that never saved anything gets. */
  public static final AutomaticPostmortems OFF =
      new AutomaticPostmortems(false, Severity.SEV_1, AssigneeRule.INCIDENT_ASSIGNEE, "", "");

  public AutomaticPostmortems {
    Objects.requireNonNull(minimumSeverity, "minimumSeverity");
    Objects.requireNonNull(assigneeRule, "assigneeRule");
    facilitator = facilitator == null ? "" : facilitator.trim();
    postmortemProject = postmortemProject == null ? "" : postmortemProject.trim();
  }

  /** Whether resolving an incident of {@code severity} creates a postmortem. */
  public boolean appliesTo(Severity severity) {
    return enabled && severity != null && severity.isAtLeast(minimumSeverity);
  }

  /** The key of the project to create in: the configured one, else the incident's. */
  public String projectFor(String incidentProjectKey) {
    return postmortemProject.isEmpty() ? incidentProjectKey : postmortemProject;
  }

  /** The user name the created postmortem is assigned to; empty when nobody is known. */
  public String assigneeFor(String incidentAssignee, String projectLead) {
    return assigneeRule.choose(incidentAssignee, facilitator, projectLead);
  }
}

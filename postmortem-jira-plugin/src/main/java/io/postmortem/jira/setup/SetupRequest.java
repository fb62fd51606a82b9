package io.postmortem.jira.setup;

import com.atlassian.jira.project.Project;
import io.postmortem.core.setup.TransitionChoice;
import java.util.List;

/**
 * What the admin picked on the setup page.
 *
 * @param project the postmortem project
 * @param itemProjects further projects where remediation items may live
 * @param incidentProject the project whose incidents get the close gate, or null for none
 * @param publishDrafts whether workflows in use may be changed through a published draft
 * @param transitions the closing transitions the gates go on
 */
public record SetupRequest(
    Project project,
    List<Project> itemProjects,
    Project incidentProject,
    boolean publishDrafts,
    TransitionChoice transitions) {

  public SetupRequest {
    itemProjects = List.copyOf(itemProjects);
  }

  /** Just the project, with the defaults: for "Is it wired up?", which only reads. */
  static SetupRequest of(Project project) {
    return new SetupRequest(project, List.of(), null, false, TransitionChoice.everyTransition());
  }

  /** Before the admin picks a project. */
  static SetupRequest nothingPicked() {
    return new SetupRequest(null, List.of(), null, false, TransitionChoice.everyTransition());
  }
}

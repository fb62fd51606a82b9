package io.postmortem.jira.setup;

import com.atlassian.jira.project.Project;
import java.util.List;

/**
 * What the admin picked on the setup page.
 *
 * @param project the postmortem project
 * @param itemProjects further projects where remediation items may live
 * @param incidentProject the project whose incidents get the close gate, or null for none
 * @param publishDrafts whether workflows in use may be changed through a published draft
 */
public record SetupRequest(
    Project project, List<Project> itemProjects, Project incidentProject, boolean publishDrafts) {

  public SetupRequest {
    itemProjects = List.copyOf(itemProjects);
  }
}

package io.postmortem.jira.setup;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.util.I18nHelper;
import java.util.ArrayList;
import java.util.List;

/** The setup page's project pickers: every project, with the ones the admin picked selected. */
final class Picks {

  private Picks() {}

  static List<Pick> of(List<Project> all, List<Project> picked) {
    List<Pick> picks = new ArrayList<>();
    for (Project candidate : all) {
      picks.add(
          new Pick(
              candidate.getKey(),
              candidate.getName() + " (" + candidate.getKey() + ")",
              picked.stream().anyMatch(p -> p.getKey().equals(candidate.getKey()))));
    }
    return picks;
  }

  /**
   * The incident project picker: "the postmortem project" (the default, so the common case costs no
   * click), "none", then every project.
   */
  static List<Pick> incident(
      List<Project> all, Project project, Project incidentProject, I18nHelper i18n) {
    boolean same =
        project == null
            || (incidentProject != null && incidentProject.getId().equals(project.getId()));
    List<Pick> picks = new ArrayList<>();
    picks.add(new Pick("", i18n.getText("postmortem.setup.project.incident.same"), same));
    picks.add(
        new Pick(
            ProjectSetupPage.NO_INCIDENTS,
            i18n.getText("postmortem.setup.project.incident.none"),
            incidentProject == null && project != null));
    picks.addAll(of(all, same || incidentProject == null ? List.of() : List.of(incidentProject)));
    return picks;
  }
}

package io.postmortem.jira.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.core.creation.AutomaticPostmortems;
import io.postmortem.core.creation.PostmortemDraft;
import io.postmortem.jira.application.issue.IncidentPostmortems;
import io.postmortem.jira.application.issue.IssueVisibility;
import io.postmortem.jira.application.issue.JiraMapping;
import io.postmortem.jira.application.issue.PostmortemConfiguration;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Builds the incident's "Postmortem" panel: its postmortems (the automatic one among them once
 * created), the automatic rule in one sentence, and the "Create postmortem" dialog's pre-filled
 * values for a viewer who may create in the postmortem project. Postmortems the viewer may not
 * browse (another project, or an issue security level) are counted, never named. One link read and
 * one permission check per project (per issue with a security level).
 */
@Named
public class IncidentPanelBuilder {

  private final PostmortemConfiguration configuration;
  private final IncidentPostmortems incidents;
  private final PermissionManager permissions;
  private final IssueVisibility visibility;
  private final JiraAuthenticationContext authentication;

  @Inject
  public IncidentPanelBuilder(
      PostmortemConfiguration configuration,
      IncidentPostmortems incidents,
      @ComponentImport PermissionManager permissions,
      IssueVisibility visibility,
      @ComponentImport JiraAuthenticationContext authentication) {
    this.configuration = configuration;
    this.incidents = incidents;
    this.permissions = permissions;
    this.visibility = visibility;
    this.authentication = authentication;
  }

  public IncidentPanelView viewOf(Issue incident) {
    JiraMapping mapping = configuration.current();
    ApplicationUser viewer = authentication.getLoggedInUser();
    I18nHelper i18n = authentication.getI18nHelper();
    IssueVisibility.Visible<Issue> postmortems =
        visibility.filter(incidents.postmortemsOf(mapping, incident), p -> p, viewer);
    AutomaticPostmortems rule = incidents.rule(incident);
    String automatic =
        rule.enabled()
            ? i18n.getText(
                "postmortem.create.panel.auto",
                i18n.getText("postmortem.create.severity." + rule.minimumSeverity().name()))
            : "";
    Project project = incidents.targetProject(incident);
    boolean mayCreate =
        viewer != null
            && permissions.hasPermission(ProjectPermissions.CREATE_ISSUES, project, viewer);
    PostmortemDraft draft = incidents.draft(mapping, incident, viewer);
    return new IncidentPanelView(
        incident.getKey(),
        postmortems.shown().stream()
            .map(p -> new LinkedPostmortem(p.getKey(), p.getSummary()))
            .toList(),
        postmortems.hidden() == 0
            ? ""
            : i18n.getText("postmortem.panel.remediation.hidden", List.of(postmortems.hidden())),
        automatic,
        mayCreate,
        project.getKey(),
        IncidentPostmortems.summary(draft, i18n),
        draft.facilitator(),
        i18n.getText("postmortem.create.severity." + draft.severity().name()));
  }
}

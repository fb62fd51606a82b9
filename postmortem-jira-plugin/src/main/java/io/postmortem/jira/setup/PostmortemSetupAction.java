package io.postmortem.jira.setup;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.request.RequestMethod;
import com.atlassian.jira.security.request.SupportedMethods;
import com.atlassian.jira.security.xsrf.RequiresXsrfCheck;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.jira.web.action.JiraWebActionSupport;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.core.setup.SetupReport;
import io.postmortem.jira.application.issue.PostmortemConfiguration;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * The admin's setup page at {@code /secure/admin/PostmortemSetup!default.jspa}: "Set up postmortems
 * in a project" (preview on GET, apply on POST), "Is it wired up?" for the chosen project, and
 * below them the app-wide check and repair and the mapping to existing objects. Admin only
 * (roles-required in the descriptor); changes are POST with Jira's XSRF check.
 */
public class PostmortemSetupAction extends JiraWebActionSupport {

  static final String REPAIR = "repair";
  static final String SAVE = "save";
  static final String APPLY = "apply";
  static final String PROJECT = "projectKey";
  static final String ITEM_PROJECTS = "itemProjects";
  static final String INCIDENT_PROJECT = "incidentProjectKey";
  static final String PUBLISH_DRAFTS = "publishDrafts";

  private final PostmortemSetup setup;
  private final PostmortemConfiguration configuration;
  private final MappingForm mappingForm;
  private final ProjectSetupPage projectPage;
  private final JiraAuthenticationContext authenticationContext;

  private List<SetupCheck> checks = List.of();
  private List<String> errors = List.of();
  private String done = "";
  private Project project;
  private SetupRequest request = SetupRequest.nothingPicked();
  private SetupReport report;
  private List<WiringRow> wiring = List.of();

  @Inject
  public PostmortemSetupAction(
      PostmortemSetup setup,
      PostmortemConfiguration configuration,
      MappingForm mappingForm,
      ProjectSetupPage projectPage,
      @ComponentImport JiraAuthenticationContext authenticationContext) {
    this.setup = setup;
    this.configuration = configuration;
    this.mappingForm = mappingForm;
    this.projectPage = projectPage;
    this.authenticationContext = authenticationContext;
  }

  @Override
  @SupportedMethods({RequestMethod.GET})
  public String doDefault() {
    return show(getHttpRequest().getParameterMap());
  }

  @Override
  @RequiresXsrfCheck
  @SupportedMethods({RequestMethod.POST})
  protected String doExecute() {
    return handle(getHttpRequest().getParameterMap());
  }

  /** The GET: the app-wide check and, with a project chosen, its preview and wiring. */
  String show(Map<String, String[]> params) {
    checks = setup.check(i18n());
    if (chooseProjects(params)) {
      report = projectPage.preview(request, user(), i18n());
      wiring = projectPage.wiring(request, user(), i18n());
    }
    return SUCCESS;
  }

  /** The POST: apply the project setup, repair, or save the mapping; then a fresh check. */
  String handle(Map<String, String[]> params) {
    String operation = ProjectSetupPage.first(params, "op");
    if (APPLY.equals(operation)) {
      if (chooseProjects(params)) {
        report = projectPage.apply(request, user(), i18n()).orElse(null);
        if (report == null) {
          errors = List.of(i18n().getText("postmortem.setup.project.error.busy"));
        }
        wiring = projectPage.wiring(request, user(), i18n());
      }
      checks = setup.check(i18n());
      return SUCCESS;
    }
    if (REPAIR.equals(operation)) {
      checks = setup.repair(i18n());
      done = i18n().getText("postmortem.setup.done.repair");
      return SUCCESS;
    }
    if (SAVE.equals(operation)) {
      MappingForm.Result result = mappingForm.read(params, configuration.current(), i18n());
      errors = result.errors();
      if (errors.isEmpty()) {
        configuration.save(result.mapping());
        done = i18n().getText("postmortem.setup.done.save");
      }
    }
    checks = setup.check(i18n());
    return SUCCESS;
  }

  private boolean chooseProjects(Map<String, String[]> params) {
    String key = ProjectSetupPage.first(params, PROJECT);
    if (key.isBlank()) {
      return false;
    }
    project = projectPage.project(key);
    if (project == null) {
      errors = List.of(i18n().getText("postmortem.setup.project.error.project", key));
      return false;
    }
    request = projectPage.request(project, params);
    return true;
  }

  public List<SetupCheck> getChecks() {
    return checks;
  }

  public List<MappingRow> getMappingRows() {
    return mappingForm.rows(configuration.current(), i18n());
  }

  /** The severity value mapping as "value = SEV_n" lines. */
  public String getSeverityLines() {
    return MappingForm.severityLines(configuration.current());
  }

  public List<String> getErrors() {
    return errors;
  }

  /** A confirmation of what was just done, empty on a plain visit. */
  public String getDone() {
    return done;
  }

  public boolean getNeedsRepair() {
    return checks.stream().anyMatch(SetupCheck::needsAttention);
  }

  /** Every project, for the pickers: key, name, and whether it is picked. */
  public List<Pick> getProjectPicks() {
    return Picks.of(projectPage.projects(), project == null ? List.of() : List.of(project));
  }

  public List<Pick> getItemProjectPicks() {
    return Picks.of(projectPage.projects(), request.itemProjects());
  }

  /** The chosen project's key, empty when none is chosen. */
  public String getProjectKey() {
    return project == null ? "" : project.getKey();
  }

  /** The incident project's key as the apply form sends it back, "-" for none. */
  public String getIncidentProjectKey() {
    Project incidents = request.incidentProject();
    return incidents == null ? ProjectSetupPage.NO_INCIDENTS : incidents.getKey();
  }

  public List<Pick> getIncidentProjectPicks() {
    return Picks.incident(projectPage.projects(), project, request.incidentProject(), i18n());
  }

  /** The closing transitions of the gated workflows, to tick before Apply; empty once applied. */
  public List<TransitionGroup> getTransitionGroups() {
    return report == null || report.applied()
        ? List.of()
        : TransitionPicks.groups(report, request.transitions(), i18n());
  }

  public boolean getHasTransitionChoice() {
    return !getTransitionGroups().isEmpty();
  }

  public boolean getNeedsDraftConfirmation() {
    return report != null && ProjectSetupPage.needsDraftConfirmation(report);
  }

  /** Jira's create screen for a postmortem in the project, once the setup applied cleanly. */
  public String getCreatePostmortemUrl() {
    return projectPage.createUrl(project, report);
  }

  public List<String> getItemProjectKeys() {
    return request.itemProjects().stream().map(Project::getKey).toList();
  }

  public boolean getHasReport() {
    return report != null;
  }

  public boolean getApplied() {
    return report != null && report.applied();
  }

  public boolean getReportFailed() {
    return report != null && report.anyFailed();
  }

  public String getReportSummary() {
    return report == null ? "" : ProjectSetupPage.summary(report, i18n());
  }

  public String getReportHeading() {
    return report == null ? "" : ProjectSetupPage.heading(report, i18n());
  }

  public List<ReportRow> getReportRows() {
    return report == null ? List.of() : ProjectSetupPage.rows(report, i18n());
  }

  public boolean getHasWiring() {
    return !wiring.isEmpty();
  }

  public List<WiringRow> getWiring() {
    return wiring;
  }

  public String getWiringIntro() {
    return project == null
        ? ""
        : i18n().getText("postmortem.setup.wiring.intro", project.getName());
  }

  private ApplicationUser user() {
    return authenticationContext.getLoggedInUser();
  }

  private I18nHelper i18n() {
    return authenticationContext.getI18nHelper();
  }
}

package io.postmortem.jira.setup;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.core.setup.SetupAction;
import io.postmortem.core.setup.SetupLine;
import io.postmortem.core.setup.SetupReport;
import io.postmortem.jira.application.issue.JiraMapping;
import io.postmortem.jira.application.issue.PostmortemConfiguration;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The setup page's "Set up postmortems in project X" and "Is it wired up?": resolves the project
 * keys the admin picked, runs the preview, or the app-wide repair and then the project setup under
 * the cluster-wide setup lock, and turns the result into rows in the admin's language.
 */
@Named
public class ProjectSetupPage {

  private final ProjectSetup projectSetup;
  private final WiringCheck wiring;
  private final PostmortemSetup appSetup;
  private final PostmortemConfiguration configuration;
  private final ProjectManager projects;

  @Inject
  public ProjectSetupPage(
      ProjectSetup projectSetup,
      WiringCheck wiring,
      PostmortemSetup appSetup,
      PostmortemConfiguration configuration,
      @ComponentImport ProjectManager projects) {
    this.projectSetup = projectSetup;
    this.wiring = wiring;
    this.appSetup = appSetup;
    this.configuration = configuration;
    this.projects = projects;
  }

  /** The incident project picker's value for "no incident close gate". */
  public static final String NO_INCIDENTS = "-";

  /**
   * The project whose incidents get the close gate: the postmortem project unless the admin picked
   * another or none ({@value #NO_INCIDENTS}), so the common case needs no extra click.
   */
  public Project incidentProject(String picked, Project postmortemProject) {
    if (picked == null || picked.isBlank()) {
      return postmortemProject;
    }
    return NO_INCIDENTS.equals(picked) ? null : project(picked);
  }

  public List<Project> projects() {
    return projects.getProjectObjects();
  }

  public Project project(String key) {
    return key == null || key.isBlank() ? null : projects.getProjectObjByKey(key.trim());
  }

  /** The projects of these keys that exist, in the order given. */
  public List<Project> projects(List<String> keys) {
    List<Project> found = new ArrayList<>();
    for (String key : keys) {
      Project project = project(key);
      if (project != null && !found.contains(project)) {
        found.add(project);
      }
    }
    return found;
  }

  /** What the admin picked for {@code project} in the submitted form. */
  SetupRequest request(Project project, Map<String, String[]> params) {
    String[] items = params.get(PostmortemSetupAction.ITEM_PROJECTS);
    return new SetupRequest(
        project,
        projects(items == null ? List.of() : List.of(items)),
        incidentProject(first(params, PostmortemSetupAction.INCIDENT_PROJECT), project),
        "true".equals(first(params, PostmortemSetupAction.PUBLISH_DRAFTS)),
        TransitionPicks.choice(params));
  }

  /** A form field's first value, empty when it was not sent. */
  static String first(Map<String, String[]> params, String name) {
    String[] values = params.get(name);
    return values == null || values.length == 0 || values[0] == null ? "" : values[0];
  }

  public SetupReport preview(SetupRequest request, ApplicationUser admin, I18nHelper i18n) {
    return projectSetup.run(
        run(request, admin, i18n, false), request.itemProjects(), request.incidentProject());
  }

  /**
   * Repairs the app-wide objects (issue types, link types, fields), then sets up the project; both
   * under the setup lock. Empty when another node holds the lock.
   */
  public Optional<SetupReport> apply(SetupRequest request, ApplicationUser admin, I18nHelper i18n) {
    return appSetup.locked(
        () -> {
          appSetup.repairHoldingLock(i18n);
          return projectSetup.run(
              run(request, admin, i18n, true), request.itemProjects(), request.incidentProject());
        });
  }

  /** "Is it wired up?" for the picked project, the incident gate in the picked incident project. */
  public List<WiringRow> wiring(SetupRequest request, ApplicationUser admin, I18nHelper i18n) {
    List<WiringRow> rows = new ArrayList<>();
    ProjectRun run = run(SetupRequest.of(request.project()), admin, i18n, false);
    Project incidents = request.incidentProject();
    for (WiringGap gap : wiring.check(run, incidents == null ? request.project() : incidents)) {
      rows.add(
          new WiringRow(
              gap.checkArgs().isEmpty()
                  ? i18n.getText(gap.checkKey())
                  : i18n.getText(gap.checkKey(), gap.checkArgs().toArray()),
              gap.ok(),
              i18n.getText(result(gap)),
              gap.gapKey().isEmpty() ? "" : i18n.getText(gap.gapKey(), gap.gapArgs().toArray()),
              gap.fixKey().isEmpty() || gap.fixesBySetup()
                  ? ""
                  : i18n.getText(gap.fixKey(), gap.fixArgs().toArray()),
              gap.fixesBySetup(),
              gap.detail()));
    }
    return rows;
  }

  private static String result(WiringGap gap) {
    if (gap.detail()) {
      return gap.ok() ? "postmortem.setup.wiring.attached" : "postmortem.setup.wiring.not-attached";
    }
    return gap.ok() ? "postmortem.setup.wiring.ok" : "postmortem.setup.wiring.gap";
  }

  /** The summary above the preview or the report, in the admin's language. */
  public static String summary(SetupReport report, I18nHelper i18n) {
    if (report.applied()) {
      return report.anyFailed()
          ? i18n.getText("postmortem.setup.project.report.failed")
          : i18n.getText("postmortem.setup.project.report.ok", report.projectKey());
    }
    return report.changes() == 0
        ? i18n.getText("postmortem.setup.project.preview.nothing")
        : i18n.getText("postmortem.setup.project.preview.changes", report.changes() + "");
  }

  /**
   * Whether a preview changes a workflow in use through a draft, which Apply publishes only with
   * the admin's confirmation.
   */
  public static boolean needsDraftConfirmation(SetupReport report) {
    return !report.applied()
        && report.lines().stream()
            .anyMatch(l -> "postmortem.setup.project.reason.gate-draft".equals(l.reasonKey()));
  }

  /**
   * Jira's create screen with the project and the Postmortem issue type chosen (Jira's own direct
   * link, relative to {@code /secure/admin/}), so the admin's first enforced transition is a click
   * away; empty unless the report applied without failure.
   */
  public String createUrl(Project project, SetupReport report) {
    String type = configuration.current().postmortemIssueTypeId();
    if (project == null
        || report == null
        || !report.applied()
        || report.anyFailed()
        || type == null) {
      return "";
    }
    return "../CreateIssueDetails!init.jspa?pid=" + project.getId() + "&issuetype=" + type;
  }

  /** The heading of the preview or the report. */
  public static String heading(SetupReport report, I18nHelper i18n) {
    return i18n.getText(
        report.applied()
            ? "postmortem.setup.project.report.heading"
            : "postmortem.setup.project.preview.heading",
        report.projectKey());
  }

  /** The report's lines as rows in the admin's language. */
  public static List<ReportRow> rows(SetupReport report, I18nHelper i18n) {
    List<ReportRow> rows = new ArrayList<>();
    for (SetupLine line : report.lines()) {
      String outcome =
          "postmortem.setup.project.action."
              + line.action().name()
              + (line.done() ? ".done" : ".preview");
      rows.add(
          new ReportRow(
              i18n.getText("postmortem.setup.project.kind." + line.kind().name()),
              line.name(),
              i18n.getText(outcome),
              line.reasonKey().isEmpty()
                  ? ""
                  : i18n.getText(line.reasonKey(), line.reasonArgs().toArray()),
              state(line.action())));
    }
    return rows;
  }

  private static String state(SetupAction action) {
    return switch (action) {
      case ADOPT, KEEP -> "success";
      case CREATE, CHANGE, COPY -> "complete";
      case LEAVE_ALONE -> "moved";
      case FAIL -> "error";
    };
  }

  private ProjectRun run(
      SetupRequest request, ApplicationUser admin, I18nHelper i18n, boolean apply) {
    JiraMapping mapping = configuration.current();
    Map<String, String> names = new HashMap<>();
    configuration.fields(mapping).values().forEach(f -> names.put(f.getId(), f.getName()));
    return new ProjectRun(
        request.project(),
        admin,
        mapping,
        names,
        i18n,
        apply,
        request.publishDrafts(),
        request.transitions());
  }
}

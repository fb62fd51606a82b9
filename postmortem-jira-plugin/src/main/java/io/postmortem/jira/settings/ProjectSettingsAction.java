package io.postmortem.jira.settings;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.request.RequestMethod;
import com.atlassian.jira.security.request.SupportedMethods;
import com.atlassian.jira.security.xsrf.RequiresXsrfCheck;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.jira.web.action.JiraWebActionSupport;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.core.checklist.ChecklistSettings;
import io.postmortem.core.checklist.ParsedSettings;
import io.postmortem.core.checklist.SettingsError;
import io.postmortem.core.creation.AutomaticPostmortemSettings;
import io.postmortem.jira.storage.ProjectSettingsStore;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The project's "Postmortems" page in Project settings, at {@code
 * /secure/PostmortemProjectSettings!default.jspa?projectKey=KEY}: the checklist settings and the
 * risk-acceptance role that {@code GET|PUT projects/{key}/settings} also serves, and the automatic
 * postmortems of {@code GET|PUT projects/{key}/automatic-postmortems}. The sidebar link's condition
 * only hides the link; this action checks Administer Projects itself on every request, and answers
 * a missing project, an invisible one and one the user does not administer with the same page, so
 * project keys cannot be probed.
 */
public class ProjectSettingsAction extends JiraWebActionSupport {

  static final String DENIED = "denied";
  static final String PROJECT_KEY = "projectKey";

  /** Jira project keys start with a letter; anything else cannot exist. */
  private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,254}");

  private final ProjectManager projects;
  private final PermissionManager permissions;
  private final JiraAuthenticationContext authenticationContext;
  private final ProjectSettingsStore store;
  private final ProjectSettingsForm form;
  private final AutomaticPostmortemsForm automaticForm;

  private Project project;
  private ProjectSettingsPage page;
  private AutomaticSection automatic;

  @Inject
  public ProjectSettingsAction(
      @ComponentImport ProjectManager projects,
      @ComponentImport PermissionManager permissions,
      @ComponentImport JiraAuthenticationContext authenticationContext,
      ProjectSettingsStore store,
      ProjectSettingsForm form,
      AutomaticPostmortemsForm automaticForm) {
    this.projects = projects;
    this.permissions = permissions;
    this.authenticationContext = authenticationContext;
    this.store = store;
    this.form = form;
    this.automaticForm = automaticForm;
  }

  @Override
  @SupportedMethods({RequestMethod.GET})
  public String doDefault() {
    return show(getHttpRequest().getParameter(PROJECT_KEY));
  }

  @Override
  @RequiresXsrfCheck
  @SupportedMethods({RequestMethod.POST})
  protected String doExecute() {
    return submit(getHttpRequest().getParameterMap());
  }

  /** The GET: the saved settings, or the defaults as empty fields. */
  String show(String projectKey) {
    project = administrable(projectKey);
    if (project == null) {
      return DENIED;
    }
    page = form.view(savedFields(), List.of(), false, i18n());
    automatic = automaticForm.saved(project.getId(), i18n());
    return SUCCESS;
  }

  /**
   * The POST: saves when every value of both the checklist and the automatic-postmortem section
   * makes sense; otherwise saves nothing and shows the form as submitted, each refusal next to its
   * field.
   */
  String submit(Map<String, String[]> params) {
    String[] key = params.get(PROJECT_KEY);
    project = administrable(key == null || key.length == 0 ? null : key[0]);
    if (project == null) {
      return DENIED;
    }
    SettingsSubmission submission = form.read(params);
    List<SettingsError> errors = form.errors(submission);
    Map<String, String> automaticFields = AutomaticPostmortemsForm.read(params);
    AutomaticPostmortemSettings.Parsed automaticParsed = automaticForm.check(automaticFields);
    if (!errors.isEmpty() || !automaticParsed.valid()) {
      page = form.view(submission.fields(), errors, false, i18n());
      automatic = automaticForm.view(automaticFields, automaticParsed.errors(), i18n());
      return SUCCESS;
    }
    ParsedSettings parsed = submission.parse();
    Map<String, String> canonical = parsed.settings().toMap();
    store.save(project.getId(), canonical.isEmpty() ? null : canonical, submission.role());
    automaticForm.save(project.getId(), automaticParsed);
    page = form.view(savedFields(), List.of(), true, i18n());
    automatic = automaticForm.saved(project.getId(), i18n());
    return SUCCESS;
  }

  public String getProjectKey() {
    return project == null ? "" : project.getKey();
  }

  public String getProjectName() {
    return project == null ? "" : project.getName();
  }

  public ProjectSettingsPage getPage() {
    return page;
  }

  public AutomaticSection getAutomatic() {
    return automatic;
  }

  /** Every refusal on the page, both sections together; 0 after a plain visit or a save. */
  public int getErrorCount() {
    return (page == null ? 0 : page.errorCount())
        + (automatic == null ? 0 : automatic.errorCount());
  }

  private Map<String, String> savedFields() {
    Map<String, String> flat =
        store
            .checklist(project.getId())
            .map(saved -> ChecklistSettings.parse(saved).settings().toMap())
            .orElse(Map.of());
    return ProjectSettingsForm.fieldsOf(flat, store.riskAcceptanceRole(project.getId()).orElse(""));
  }

  private Project administrable(String projectKey) {
    ApplicationUser user = authenticationContext.getLoggedInUser();
    if (user == null || projectKey == null || !KEY.matcher(projectKey).matches()) {
      return null;
    }
    Project found = projects.getProjectObjByKey(projectKey);
    return found != null
            && permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, found, user)
        ? found
        : null;
  }

  private I18nHelper i18n() {
    return authenticationContext.getI18nHelper();
  }
}

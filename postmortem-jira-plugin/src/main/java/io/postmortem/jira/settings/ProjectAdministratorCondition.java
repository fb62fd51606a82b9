package io.postmortem.jira.settings;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.plugin.webfragment.model.JiraHelper;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.web.Condition;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Shows the project's Postmortems settings link to whoever may administer the project: the same
 * check as {@link ProjectSettingsAction}. Our own class rather than Jira's {@code
 * HasProjectPermissionCondition}, whose base class and parameter names changed across Jira versions
 * (codescape/jira-scrum-poker uses its own condition on 11.3 for the same reason).
 */
public class ProjectAdministratorCondition implements Condition {

  /** Where Jira puts its {@link JiraHelper} in every web-fragment context. */
  static final String HELPER = "helper";

  private final JiraAuthenticationContext authenticationContext;
  private final PermissionManager permissions;

  @Inject
  public ProjectAdministratorCondition(
      @ComponentImport JiraAuthenticationContext authenticationContext,
      @ComponentImport PermissionManager permissions) {
    this.authenticationContext = authenticationContext;
    this.permissions = permissions;
  }

  @Override
  public void init(Map<String, String> params) {}

  @Override
  public boolean shouldDisplay(Map<String, Object> context) {
    if (!(context.get(HELPER) instanceof JiraHelper helper)) {
      return false;
    }
    Project project = helper.getProject();
    ApplicationUser user = authenticationContext.getLoggedInUser();
    return project != null
        && user != null
        && permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, project, user);
  }
}

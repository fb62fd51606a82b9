package io.postmortem.jira.application.issue;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.jira.application.http.RestErrors;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.regex.Pattern;

/**
 * The project-level counterpart of {@link IssueAccess}: 404 when the project is missing or the
 * caller cannot browse it (the same answer, so keys cannot be probed), 403 when they can see it but
 * do not administer it.
 */
@Named
public final class ProjectAccess {

  /** Jira project keys start with a letter; anything else cannot exist. */
  private static final Pattern PROJECT_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,254}");

  static final String KEY_NOT_FOUND = "postmortem.rest.error.project-not-found";
  static final String KEY_NOT_ADMIN = "postmortem.rest.error.not-project-admin";

  private final ProjectManager projects;
  private final PermissionManager permissions;
  private final JiraAuthenticationContext authenticationContext;

  @Inject
  public ProjectAccess(
      @ComponentImport ProjectManager projects,
      @ComponentImport PermissionManager permissions,
      @ComponentImport JiraAuthenticationContext authenticationContext) {
    this.projects = projects;
    this.permissions = permissions;
    this.authenticationContext = authenticationContext;
  }

  /** The project with {@code key} if the current user administers it; 401, 404 or 403 otherwise. */
  public Project administrable(String key) {
    ApplicationUser user = authenticationContext.getLoggedInUser();
    if (user == null) {
      throw RestErrors.unauthenticated();
    }
    Project project =
        key == null || !PROJECT_KEY.matcher(key).matches()
            ? null
            : projects.getProjectObjByKey(key);
    if (project == null
        || !permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, user)) {
      throw RestErrors.notFound(KEY_NOT_FOUND);
    }
    if (!permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, project, user)) {
      throw RestErrors.forbidden(KEY_NOT_ADMIN);
    }
    return project;
  }
}

package io.postmortem.jira.application.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.jira.application.http.RestErrors;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.regex.Pattern;

/**
 * The permission check every REST call makes on every issue it touches: 404 when the issue is
 * missing or the caller cannot browse it (the same answer, so keys cannot be probed), 403 when they
 * can see it but not change it. Failures are {@link RestFailure}s that {@link RestErrors} renders.
 */
@Named
public final class IssueAccess {

  /** Jira keys are PROJECT-123; anything else cannot exist, so it never reaches the database. */
  private static final Pattern ISSUE_KEY =
      Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,254}-[0-9]{1,18}");

  private final IssueManager issueManager;
  private final PermissionManager permissionManager;
  private final JiraAuthenticationContext authenticationContext;

  @Inject
  public IssueAccess(
      @ComponentImport IssueManager issueManager,
      @ComponentImport PermissionManager permissionManager,
      @ComponentImport JiraAuthenticationContext authenticationContext) {
    this.issueManager = issueManager;
    this.permissionManager = permissionManager;
    this.authenticationContext = authenticationContext;
  }

  /** The logged-in user; 401 when there is none. */
  public ApplicationUser currentUser() {
    ApplicationUser user = authenticationContext.getLoggedInUser();
    if (user == null) {
      throw RestErrors.unauthenticated();
    }
    return user;
  }

  /** The issue with {@code key} if the current user may browse it; 404 otherwise. */
  public Issue browsable(String key) {
    ApplicationUser user = currentUser();
    Issue issue =
        key == null || !ISSUE_KEY.matcher(key).matches() ? null : issueManager.getIssueObject(key);
    if (issue == null
        || !permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
      throw RestErrors.notFound();
    }
    return issue;
  }

  /**
   * The issue with {@code key} if the current user may edit it; 404 if invisible, 403 if read-only.
   */
  public Issue editable(String key) {
    return withPermission(key, ProjectPermissions.EDIT_ISSUES);
  }

  /** The issue with {@code key} if the current user holds {@code permission} on it; 404 / 403. */
  public Issue withPermission(String key, ProjectPermissionKey permission) {
    Issue issue = browsable(key);
    requirePermission(issue, permission);
    return issue;
  }

  /** 403 unless the current user holds {@code permission} on an issue already known visible. */
  public void requirePermission(Issue issue, ProjectPermissionKey permission) {
    if (!has(issue, permission)) {
      throw RestErrors.forbidden();
    }
  }

  /** Whether the current user holds {@code permission} on {@code issue}. */
  public boolean has(Issue issue, ProjectPermissionKey permission) {
    return permissionManager.hasPermission(permission, issue, currentUser());
  }

  /** Whether the current user may browse {@code issue}; for filtering lists rather than failing. */
  public boolean canBrowse(Issue issue) {
    ApplicationUser user = authenticationContext.getLoggedInUser();
    return issue != null
        && permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user);
  }
}

package io.postmortem.jira.rest;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.jira.application.http.RestErrors;
import io.postmortem.jira.application.issue.IssueAccess;
import io.postmortem.jira.storage.ProjectSettingsStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Who may accept the risk of recurrence on a postmortem: members of the project role the project
 * configured, and always its administrators. Without a configured role (or when the role was
 * deleted) only project administrators, so the decision never falls to whoever happens to edit.
 */
@Named
public final class RiskApprovers {

  static final String KEY_NOT_APPROVER = "postmortem.rest.error.not-risk-approver";

  private final IssueAccess access;
  private final ProjectSettingsStore settings;
  private final ProjectRoleManager roles;

  @Inject
  public RiskApprovers(
      IssueAccess access,
      ProjectSettingsStore settings,
      @ComponentImport ProjectRoleManager roles) {
    this.access = access;
    this.settings = settings;
    this.roles = roles;
  }

  /** 403 unless the current user may accept risk on {@code postmortem}. */
  public void require(Issue postmortem) {
    if (access.has(postmortem, ProjectPermissions.ADMINISTER_PROJECTS)) {
      return;
    }
    ProjectRole role =
        settings
            .riskAcceptanceRole(postmortem.getProjectId())
            .map(roles::getProjectRole)
            .orElse(null);
    if (role == null
        || !roles.isUserInProjectRole(access.currentUser(), role, postmortem.getProjectObject())) {
      throw RestErrors.forbidden(
          KEY_NOT_APPROVER, role == null ? "Administrators" : role.getName());
    }
  }
}

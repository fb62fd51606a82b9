package io.postmortem.jira.settings;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.postmortem.jira.application.issue.AutomaticPostmortemsPolicy;
import io.postmortem.jira.storage.AutomaticPostmortemStore;
import io.postmortem.jira.storage.ProjectSettingsEntity;
import io.postmortem.jira.storage.ProjectSettingsStore;
import io.postmortem.jira.templates.VelocityTemplates;
import io.postmortem.jira.testing.BundleI18nHelper;
import io.postmortem.jira.testing.StoreDatabase;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Project OPS in a mocked Jira, the real store over a mocked Active Objects that keeps its rows in
 * a list (so what a save writes is what the next page reads), the roles Developers and
 * Stakeholders, and the user grace.
 */
final class ProjectSettingsFixture {

  final ProjectManager projects = mock(ProjectManager.class);
  final PermissionManager permissions = mock(PermissionManager.class);
  final JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
  final ProjectRoleManager roles = mock(ProjectRoleManager.class);
  final ActiveObjects ao = StoreDatabase.emptyH2();
  final Project ops = mock(Project.class);
  final ApplicationUser user = mock(ApplicationUser.class);
  final ProjectSettingsStore store = new ProjectSettingsStore(ao);
  final AutomaticPostmortemStore automaticStore = new AutomaticPostmortemStore(ao);
  final UserManager users = mock(UserManager.class);

  ProjectSettingsFixture(Locale locale) {
    when(ops.getId()).thenReturn(100L);
    when(ops.getKey()).thenReturn("OPS");
    when(ops.getName()).thenReturn("Operations");
    when(projects.getProjectObjByKey("OPS")).thenReturn(ops);
    ApplicationUser grace = mock(ApplicationUser.class);
    when(users.getUserByName("grace")).thenReturn(grace);
    when(auth.getI18nHelper()).thenReturn(BundleI18nHelper.forLocale(locale));
    ProjectRole developers = role("Developers");
    ProjectRole stakeholders = role("Stakeholders");
    when(roles.getProjectRoles()).thenReturn(List.of(stakeholders, developers));
    when(roles.getProjectRole("Developers")).thenReturn(developers);
    when(roles.getProjectRole("Stakeholders")).thenReturn(stakeholders);
  }

  /** The user is logged in and administers OPS. */
  ProjectSettingsFixture asProjectAdmin() {
    when(auth.getLoggedInUser()).thenReturn(user);
    when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, ops, user)).thenReturn(true);
    when(permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, ops, user))
        .thenReturn(true);
    return this;
  }

  /** The user is logged in and may browse OPS, but not administer it. */
  ProjectSettingsFixture asProjectMember() {
    when(auth.getLoggedInUser()).thenReturn(user);
    when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, ops, user)).thenReturn(true);
    return this;
  }

  ProjectSettingsAction action() {
    return new ProjectSettingsAction(
        projects,
        permissions,
        auth,
        store,
        new ProjectSettingsForm(roles),
        new AutomaticPostmortemsForm(
            automaticStore, new AutomaticPostmortemsPolicy(projects, users)));
  }

  /** A POST of the page for OPS with {@code fields} (name, value, name, value, ...). */
  static Map<String, String[]> post(String... fields) {
    Map<String, String[]> params = new HashMap<>();
    params.put(ProjectSettingsAction.PROJECT_KEY, new String[] {"OPS"});
    for (int i = 0; i < fields.length; i += 2) {
      params.put(fields[i], new String[] {fields[i + 1]});
    }
    return params;
  }

  String render(ProjectSettingsAction action, Locale locale) {
    return new VelocityTemplates()
        .render(
            "templates/settings/project-settings.vm",
            Map.of("action", action, "atl_token", "token-1"),
            BundleI18nHelper.forLocale(locale));
  }

  private static ProjectRole role(String name) {
    ProjectRole role = mock(ProjectRole.class);
    when(role.getName()).thenReturn(name);
    return role;
  }

  /** True when no project has a settings row: a refused save stored nothing. */
  boolean noRowSaved() {
    return ao.find(ProjectSettingsEntity.class).length == 0;
  }
}

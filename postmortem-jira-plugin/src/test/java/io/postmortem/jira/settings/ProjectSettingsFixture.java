package io.postmortem.jira.settings;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
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
import com.atlassian.sal.api.transaction.TransactionCallback;
import io.postmortem.jira.i18n.BundleI18nHelper;
import io.postmortem.jira.storage.ProjectSettingsEntity;
import io.postmortem.jira.storage.ProjectSettingsStore;
import io.postmortem.jira.templates.VelocityTemplates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Project OPS in a mocked Jira, the real store over a mocked Active Objects that keeps its rows in
 * a list (so what a save writes is what the next page reads), and the roles Developers and
 * Stakeholders.
 */
final class ProjectSettingsFixture {

  final ProjectManager projects = mock(ProjectManager.class);
  final PermissionManager permissions = mock(PermissionManager.class);
  final JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
  final ProjectRoleManager roles = mock(ProjectRoleManager.class);
  final ActiveObjects ao = mock(ActiveObjects.class);
  final List<ProjectSettingsEntity> rows = new ArrayList<>();
  final Project ops = mock(Project.class);
  final ApplicationUser user = mock(ApplicationUser.class);
  final ProjectSettingsStore store = new ProjectSettingsStore(ao);

  ProjectSettingsFixture(Locale locale) {
    when(ops.getId()).thenReturn(100L);
    when(ops.getKey()).thenReturn("OPS");
    when(ops.getName()).thenReturn("Operations");
    when(projects.getProjectObjByKey("OPS")).thenReturn(ops);
    when(auth.getI18nHelper()).thenReturn(BundleI18nHelper.forLocale(locale));
    ProjectRole developers = role("Developers");
    ProjectRole stakeholders = role("Stakeholders");
    when(roles.getProjectRoles()).thenReturn(List.of(stakeholders, developers));
    when(roles.getProjectRole("Developers")).thenReturn(developers);
    when(roles.getProjectRole("Stakeholders")).thenReturn(stakeholders);
    when(ao.executeInTransaction(any()))
        .thenAnswer(call -> call.<TransactionCallback<?>>getArgument(0).doInTransaction());
    when(ao.find(eq(ProjectSettingsEntity.class), any(Query.class)))
        .thenAnswer(call -> rows.toArray(new ProjectSettingsEntity[0]));
    when(ao.deleteWithSQL(eq(ProjectSettingsEntity.class), anyString(), any()))
        .thenAnswer(
            call -> {
              int deleted = rows.size();
              rows.clear();
              return deleted;
            });
    when(ao.create(eq(ProjectSettingsEntity.class), any(DBParam[].class)))
        .thenAnswer(call -> row((DBParam[]) call.getRawArguments()[1]));
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
        projects, permissions, auth, store, new ProjectSettingsForm(roles));
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

  private ProjectSettingsEntity row(DBParam[] params) {
    ProjectSettingsEntity row = mock(ProjectSettingsEntity.class);
    for (DBParam param : params) {
      switch (param.getField()) {
        case "RISK_ROLE" -> when(row.getRiskRole()).thenReturn((String) param.getValue());
        case "CHECKLIST" -> when(row.getChecklist()).thenReturn((String) param.getValue());
        default -> {}
      }
    }
    rows.add(row);
    return row;
  }
}

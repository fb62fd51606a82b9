package io.postmortem.jira.settings;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.plugin.webfragment.model.JiraHelper;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Map;
import org.junit.Test;

/** Who sees the project's Postmortems settings link. */
public class ProjectAdministratorConditionTest {

  private final JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
  private final PermissionManager permissions = mock(PermissionManager.class);
  private final ApplicationUser user = mock(ApplicationUser.class);
  private final Project project = mock(Project.class);
  private final JiraHelper helper = mock(JiraHelper.class);
  private final ProjectAdministratorCondition condition =
      new ProjectAdministratorCondition(auth, permissions);

  @Test
  public void showsTheLinkToAnAdministratorOfTheProject() {
    when(auth.getLoggedInUser()).thenReturn(user);
    when(helper.getProject()).thenReturn(project);
    when(permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, project, user))
        .thenReturn(true);

    assertTrue(condition.shouldDisplay(Map.of("helper", helper)));
  }

  @Test
  public void hidesTheLinkFromSomeoneWhoCannotAdministerTheProject() {
    when(auth.getLoggedInUser()).thenReturn(user);
    when(helper.getProject()).thenReturn(project);

    assertFalse(condition.shouldDisplay(Map.of("helper", helper)));
  }

  @Test
  public void hidesTheLinkFromAnonymousVisitors() {
    when(helper.getProject()).thenReturn(project);

    assertFalse(condition.shouldDisplay(Map.of("helper", helper)));
  }

  @Test
  public void hidesTheLinkOutsideAProject() {
    when(auth.getLoggedInUser()).thenReturn(user);

    assertFalse(condition.shouldDisplay(Map.of("helper", helper)));
    assertFalse(condition.shouldDisplay(Map.of()));
  }
}

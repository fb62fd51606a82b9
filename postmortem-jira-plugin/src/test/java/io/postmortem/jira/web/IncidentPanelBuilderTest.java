package io.postmortem.jira.web;

import static io.postmortem.jira.testing.FakeJira.POSTMORTEM_TYPE;
import static io.postmortem.jira.testing.FakeJira.TASK_TYPE;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import io.postmortem.core.creation.AutomaticPostmortems;
import io.postmortem.core.creation.PostmortemDraft;
import io.postmortem.core.postmortem.Severity;
import io.postmortem.jira.application.issue.IncidentPostmortems;
import io.postmortem.jira.application.issue.IssueVisibility;
import io.postmortem.jira.application.issue.JiraMapping;
import io.postmortem.jira.application.issue.PostmortemConfiguration;
import io.postmortem.jira.testing.BundleI18nHelper;
import io.postmortem.jira.testing.FakeJira;
import java.util.List;
import java.util.Locale;
import org.junit.Before;
import org.junit.Test;

/**
 * The incident panel names only the postmortems its viewer may browse, including the case the
 * project check alone gets wrong: a postmortem in a browsable project behind an issue security
 * level the viewer is not in.
 */
public class IncidentPanelBuilderTest {

  private final PermissionManager permissions = mock(PermissionManager.class);
  private final JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
  private final IncidentPostmortems incidents = mock(IncidentPostmortems.class);
  private final ApplicationUser viewer = FakeJira.user("viv");
  private final Project pm = mock(Project.class);
  private IncidentPanelBuilder builder;
  private Issue incident;

  @Before
  public void setUp() {
    PostmortemConfiguration configuration = mock(PostmortemConfiguration.class);
    JiraMapping mapping = FakeJira.setUpMapping();
    when(configuration.current()).thenReturn(mapping);
    when(auth.getLoggedInUser()).thenReturn(viewer);
    when(auth.getI18nHelper()).thenReturn(BundleI18nHelper.forLocale(Locale.ENGLISH));
    when(pm.getId()).thenReturn(200L);
    when(pm.getKey()).thenReturn("PM");
    incident = FakeJira.issue(5L, "OPS-5", TASK_TYPE);
    when(incidents.rule(incident)).thenReturn(AutomaticPostmortems.OFF);
    when(incidents.targetProject(incident)).thenReturn(pm);
    when(incidents.draft(mapping, incident, viewer))
        .thenReturn(
            PostmortemDraft.forIncident("OPS-5", "Checkout down", Severity.SEV_2, "ann", "viv"));
    // The viewer may browse project PM; only the issue check sees the security level.
    when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, pm, viewer))
        .thenReturn(true);
    when(permissions.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), any(Issue.class), any()))
        .thenAnswer(call -> call.<Issue>getArgument(1).getSecurityLevelId() == null);
    builder =
        new IncidentPanelBuilder(
            configuration, incidents, permissions, new IssueVisibility(permissions), auth);
  }

  @Test
  public void countsAPostmortemBehindASecurityLevelInsteadOfNamingIt() {
    Issue open = postmortem(1L, "PM-1", "Checkout outage", null);
    Issue secret = postmortem(2L, "PM-2", "Payroll data exposed", 10_100L);
    when(incidents.postmortemsOf(any(), eq(incident))).thenReturn(List.of(open, secret));

    IncidentPanelView view = builder.viewOf(incident);
    String html =
        PanelTemplates.render(
            PanelTemplates.INCIDENT, view, BundleI18nHelper.forLocale(Locale.ENGLISH));

    assertEquals(List.of(new LinkedPostmortem("PM-1", "Checkout outage")), view.postmortems());
    assertEquals("1 postmortem you cannot see", view.hiddenPostmortems());
    assertFalse(html, html.contains("PM-2"));
    assertFalse(html, html.contains("Payroll"));
    assertTrue(html, html.contains("1 postmortem you cannot see"));
  }

  @Test
  public void saysThereArePostmortemsItCannotShowRatherThanNoneYet() {
    Issue secret = postmortem(2L, "PM-2", "Payroll data exposed", 10_100L);
    when(incidents.postmortemsOf(any(), eq(incident))).thenReturn(List.of(secret));

    String html =
        PanelTemplates.render(
            PanelTemplates.INCIDENT,
            builder.viewOf(incident),
            BundleI18nHelper.forLocale(Locale.ENGLISH));

    assertFalse(html, html.contains("No postmortem yet"));
    assertTrue(html, html.contains("1 postmortem you cannot see"));
  }

  private Issue postmortem(long id, String key, String summary, Long securityLevel) {
    Issue issue = FakeJira.issue(id, key, POSTMORTEM_TYPE);
    when(issue.getSummary()).thenReturn(summary);
    when(issue.getProjectObject()).thenReturn(pm);
    when(issue.getSecurityLevelId()).thenReturn(securityLevel);
    return issue;
  }
}

package io.postmortem.jira.workflow;

import static io.postmortem.jira.testing.FakeJira.POSTMORTEM_LINK;
import static io.postmortem.jira.testing.FakeJira.POSTMORTEM_TYPE;
import static io.postmortem.jira.testing.FakeJira.TASK_TYPE;
import static io.postmortem.jira.testing.FakeJira.issue;
import static io.postmortem.jira.testing.FakeJira.link;
import static io.postmortem.jira.testing.FakeJira.priority;
import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.postmortem.core.incident.IncidentPolicy;
import io.postmortem.jira.application.issue.IssueVisibility;
import io.postmortem.jira.application.issue.JiraMapping;
import io.postmortem.jira.application.issue.PostmortemConfiguration;
import io.postmortem.jira.testing.BundleI18nHelper;
import io.postmortem.jira.testing.FakeJira;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;

public class IncidentPostmortemAcceptedValidatorTest {

  private final JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
  private final IssueLinkManager links = mock(IssueLinkManager.class);
  private final StatusManager statuses = mock(StatusManager.class);
  private final PluginSettingsFactory settingsFactory = mock(PluginSettingsFactory.class);
  private final PluginSettings settings = mock(PluginSettings.class);
  private final List<IssueLink> outward = new ArrayList<>();
  private final List<IssueLink> inward = new ArrayList<>();
  private final Map<String, String> args = new HashMap<>();
  private final PermissionManager permissions = mock(PermissionManager.class);
  private final java.util.Set<String> hidden = new java.util.HashSet<>();
  private Issue incident;
  private IncidentPostmortemAcceptedValidator validator;

  @Before
  public void setUp() {
    when(auth.getI18nHelper()).thenReturn(BundleI18nHelper.forLocale(Locale.ENGLISH));
    when(settingsFactory.createGlobalSettings()).thenReturn(settings);
    // No severity field mapped: the incident's priority stands in for its severity.
    JiraMapping mapping =
        FakeJira.setUpMapping()
            .withField(io.postmortem.jira.application.issue.FieldRole.SEVERITY, null);
    when(settings.get("io.postmortem.jira.configuration")).thenReturn(mapping.toMap());
    Status published = status("10010", "Published");
    Status draft = status("10011", "Draft");
    when(statuses.getStatuses()).thenReturn(List.of(draft, published));
    incident = issue(5L, "INC-7", TASK_TYPE);
    Priority highest = priority("1", "Highest");
    when(incident.getPriority()).thenReturn(highest);
    when(links.getOutwardLinks(anyLong())).thenReturn(outward);
    when(links.getInwardLinks(anyLong())).thenReturn(inward);
    args.put(IncidentPolicy.SEVERITIES, "SEV_1,SEV_2");
    args.put(IncidentPolicy.STATUSES, "10010");
    validator =
        new IncidentPostmortemAcceptedValidator(
            auth,
            links,
            statuses,
            new PostmortemConfiguration(settingsFactory, mock(CustomFieldManager.class)),
            new IssueVisibility(permissions));
    when(permissions.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), any(Issue.class), any()))
        .thenAnswer(call -> !hidden.contains(call.<Issue>getArgument(1).getKey()));
  }

  @Test
  public void countsButNeverNamesALinkedPostmortemTheUserCannotBrowse() {
    inward.add(link(postmortemIn(status("10011", "Draft")), incident, POSTMORTEM_LINK));
    Issue secret = issue(2L, "SECPM-2", POSTMORTEM_TYPE);
    Status draft = status("10011", "Draft");
    when(secret.getStatus()).thenReturn(draft);
    inward.add(link(secret, incident, POSTMORTEM_LINK));
    hidden.add("SECPM-2");

    List<?> errors = rejectionOf(incident);

    assertEquals(
        List.of(
            "INC-7 is a Sev 1 incident: its postmortem PM-1 is in status Draft, but closing needs"
                + " Published.",
            "INC-7 is a Sev 1 incident: 1 linked postmortem you cannot see is not accepted yet,"
                + " and closing needs Published."),
        errors);
  }

  @Test
  public void countsAPostmortemBehindASecurityLevelInAProjectTheUserMayBrowse() {
    com.atlassian.jira.project.Project pm = mock(com.atlassian.jira.project.Project.class);
    when(pm.getId()).thenReturn(200L);
    when(permissions.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), eq(pm), any()))
        .thenReturn(true);
    Issue secret = issue(2L, "PM-2", POSTMORTEM_TYPE);
    Status draft = status("10011", "Draft");
    when(secret.getStatus()).thenReturn(draft);
    when(secret.getProjectObject()).thenReturn(pm);
    when(secret.getSecurityLevelId()).thenReturn(10_100L);
    inward.add(link(secret, incident, POSTMORTEM_LINK));
    hidden.add("PM-2"); // only the issue's own check knows the security level

    List<?> errors = rejectionOf(incident);

    assertEquals(
        List.of(
            "INC-7 is a Sev 1 incident: 1 linked postmortem you cannot see is not accepted yet,"
                + " and closing needs Published."),
        errors);
  }

  @Test
  public void letsTheIncidentCloseWhenAPostmortemTheUserCannotSeeIsAccepted() throws Exception {
    Issue secret = issue(2L, "SECPM-2", POSTMORTEM_TYPE);
    Status published = status("10010", "Published");
    when(secret.getStatus()).thenReturn(published);
    inward.add(link(secret, incident, POSTMORTEM_LINK));
    hidden.add("SECPM-2");

    validator.validate(Map.of("issue", incident), args, null);
  }

  @Test
  public void turnsAFailureInJiraIntoALocalizedRefusal() {
    when(links.getInwardLinks(anyLong())).thenThrow(new IllegalStateException("database gone"));

    List<?> errors = rejectionOf(incident);

    assertEquals(
        List.of(
            "Whether this incident has an accepted postmortem could not be checked. Please try"
                + " again; if it keeps failing, ask a Jira admin (details are in the Jira log)."),
        errors);
  }

  @Test
  public void refusesClosingASev1IncidentWithoutALinkedPostmortem() {
    List<?> errors = rejectionOf(incident);

    assertEquals(
        List.of(
            "INC-7 is a Sev 1 incident and needs a postmortem: link one with the Postmortem link"
                + " type before closing it."),
        errors);
  }

  @Test
  public void namesThePostmortemAndTheStatusItStillNeeds() {
    Issue postmortem = postmortemIn(status("10011", "Draft"));
    inward.add(link(postmortem, incident, POSTMORTEM_LINK));

    List<?> errors = rejectionOf(incident);

    assertEquals(
        List.of(
            "INC-7 is a Sev 1 incident: its postmortem PM-1 is in status Draft, but closing needs"
                + " Published."),
        errors);
  }

  @Test
  public void speaksTheLanguageOfTheUserWhoTransitions() {
    when(auth.getI18nHelper()).thenReturn(BundleI18nHelper.forLocale(Locale.GERMAN));

    List<?> errors = rejectionOf(incident);

    assertEquals(
        List.of(
            "INC-7 ist ein Sev 1-Incident und braucht ein Postmortem: Verkn\u00fcpfen Sie vor dem"
                + " Schlie\u00dfen eines mit dem Linktyp Postmortem."),
        errors);
  }

  @Test
  public void letsTheIncidentCloseOnceALinkedPostmortemIsAccepted() throws Exception {
    inward.add(link(postmortemIn(status("10010", "Published")), incident, POSTMORTEM_LINK));

    validator.validate(Map.of("issue", incident), args, null);
  }

  @Test
  public void acceptsAResolvedPostmortemWhenNoStatusIsConfigured() throws Exception {
    args.remove(IncidentPolicy.STATUSES);
    Issue postmortem = postmortemIn(status("10011", "Draft"));
    when(postmortem.getResolutionDate()).thenReturn(Timestamp.from(Instant.EPOCH));
    outward.add(link(incident, postmortem, POSTMORTEM_LINK));

    validator.validate(Map.of("issue", incident), args, null);
  }

  @Test
  public void refusesAnUnresolvedPostmortemWhenNoStatusIsConfigured() {
    args.remove(IncidentPolicy.STATUSES);
    Issue postmortem = postmortemIn(status("10011", "Draft"));
    outward.add(link(incident, postmortem, POSTMORTEM_LINK));

    List<?> errors = rejectionOf(incident);

    assertEquals(
        List.of(
            "INC-7 is a Sev 1 incident: its postmortem PM-1 is in status Draft, but closing needs"
                + " a resolved postmortem."),
        errors);
  }

  @Test
  public void aResolvedIssueOfAnotherTypeOnThePostmortemLinkIsNoPostmortem() {
    Issue task = issue(3L, "OPS-3", TASK_TYPE);
    when(task.getResolutionDate()).thenReturn(Timestamp.from(Instant.EPOCH));
    Status published = status("10010", "Published");
    when(task.getStatus()).thenReturn(published);
    inward.add(link(task, incident, POSTMORTEM_LINK));

    List<?> errors = rejectionOf(incident);

    assertEquals(
        List.of(
            "INC-7 is a Sev 1 incident and needs a postmortem: link one with the Postmortem link"
                + " type before closing it."),
        errors);
  }

  @Test
  public void ignoresIncidentsOfOtherSeverities() throws Exception {
    Priority low = priority("4", "Low");
    when(incident.getPriority()).thenReturn(low);

    validator.validate(Map.of("issue", incident), args, null);
  }

  @Test
  public void fallsBackToSev1AndSev2WhenTheStoredSeveritiesMakeNoSense() {
    args.put(IncidentPolicy.SEVERITIES, "SEV_9, catastrophic");

    List<?> errors = rejectionOf(incident);

    assertEquals(1, errors.size());
  }

  @Test
  public void tellsTheUserToAskForSetupWhenTheAppIsNotSetUp() {
    when(settings.get("io.postmortem.jira.configuration")).thenReturn(null);

    List<?> errors = rejectionOf(incident);

    assertEquals(
        List.of(
            "The Postmortem app is not set up yet, so this incident cannot be checked. Ask a Jira"
                + " admin to run Check and repair setup."),
        errors);
  }

  private List<?> rejectionOf(Issue issue) {
    return Refusals.of(validator, issue, args);
  }

  private Issue postmortemIn(Status status) {
    Issue postmortem = issue(1L, "PM-1", POSTMORTEM_TYPE);
    when(postmortem.getStatus()).thenReturn(status);
    return postmortem;
  }

  private static Status status(String id, String name) {
    Status status = mock(Status.class);
    when(status.getId()).thenReturn(id);
    when(status.getName()).thenReturn(name);
    return status;
  }
}

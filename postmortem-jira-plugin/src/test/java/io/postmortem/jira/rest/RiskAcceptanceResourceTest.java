package io.postmortem.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.core.postmortem.RiskAcceptance;
import io.postmortem.jira.application.checklist.ReaderTexts;
import io.postmortem.jira.application.issue.IssueAccess;
import io.postmortem.jira.application.issue.JiraTime;
import io.postmortem.jira.application.issue.RiskApprovers;
import io.postmortem.jira.storage.ProjectSettingsStore;
import io.postmortem.jira.storage.RiskAcceptanceStore;
import io.postmortem.jira.testing.FakeJira;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.Test;

public class RiskAcceptanceResourceTest extends JerseyTest {

  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
  private static final String VALID =
      "{\"reason\":\"Vendor fix due in Q1\",\"expiresOn\":\"2027-03-31\"}";
  private FakeJira jira;
  private RiskAcceptanceStore store;
  private ProjectSettingsStore settings;
  private ProjectRoleManager roles;
  private MutableIssue postmortem;

  private UserManager users;

  @Override
  protected Application configure() {
    jira = new FakeJira();
    users = mock(UserManager.class);
    store = mock(RiskAcceptanceStore.class);
    settings = mock(ProjectSettingsStore.class);
    roles = mock(ProjectRoleManager.class);
    TimeZoneManager zones = mock(TimeZoneManager.class);
    when(zones.getDefaultTimezone()).thenReturn(TimeZone.getTimeZone("UTC"));
    PluginSettingsFactory settingsFactory = mock(PluginSettingsFactory.class);
    when(settingsFactory.createGlobalSettings()).thenReturn(mock(PluginSettings.class));
    IssueAccess access =
        new IssueAccess(jira.issueManager, jira.permissions, jira.authenticationContext);
    return RestTestRuntime.application(
        jira,
        new RiskAcceptanceResource(
            access,
            new RiskApprovers(access, settings, roles),
            store,
            new JiraTime(zones, Clock.fixed(NOW, ZoneOffset.UTC)),
            new DateHorizon(settingsFactory),
            new ReaderTexts(users).texts(jira.authenticationContext)));
  }

  @Override
  public void setUp() throws Exception {
    super.setUp();
    postmortem = jira.issue("PM-1", 1L);
    when(postmortem.getProjectId()).thenReturn(100L);
    when(settings.riskAcceptanceRole(100L)).thenReturn(Optional.empty());
    when(store.accept(anyLong(), anyString(), anyString(), any(), any()))
        .thenAnswer(
            call ->
                new RiskAcceptance(
                    call.getArgument(1), NOW, call.getArgument(2), call.getArgument(3)));
  }

  @Test
  public void recordsTheAcceptanceOfAProjectAdministrator() {
    jira.logIn("ada");
    jira.grant("ada", ProjectPermissions.BROWSE_PROJECTS, "PM-1");
    jira.grant("ada", ProjectPermissions.ADMINISTER_PROJECTS, "PM-1");
    ApplicationUser adaUser = FakeJira.user("ada", "Ada Lovelace");
    when(users.getUserByKey("ada")).thenReturn(adaUser);

    Response response = post(VALID);

    assertEquals(201, response.getStatus());
    JsonNode body = response.readEntity(JsonNode.class);
    assertEquals("ada", body.get("acceptedBy").asText());
    assertEquals("Ada Lovelace", body.get("acceptedByName").asText());
    assertEquals("2027-03-31", body.get("expiresOn").asText());
    assertEquals(true, body.get("holds").asBoolean());
    verify(store).accept(1L, "ada", "Vendor fix due in Q1", LocalDate.parse("2027-03-31"), NOW);
  }

  @Test
  public void refusesAcceptanceFromAnEditorWhoIsNotAnApprover() {
    jira.logIn("eve");
    jira.grant("eve", ProjectPermissions.BROWSE_PROJECTS, "PM-1");
    jira.grant("eve", ProjectPermissions.EDIT_ISSUES, "PM-1");

    Response response = post(VALID);

    assertEquals(403, response.getStatus());
    assertEquals(
        "postmortem.rest.error.not-risk-approver[Administrators]",
        response.readEntity(JsonNode.class).get("message").asText());
    verify(store, never()).accept(anyLong(), anyString(), anyString(), any(), any());
  }

  @Test
  public void acceptsFromAMemberOfTheConfiguredRole() {
    ApplicationUser sam = jira.logIn("sam");
    jira.grant("sam", ProjectPermissions.BROWSE_PROJECTS, "PM-1");
    Project project = mock(Project.class);
    when(postmortem.getProjectObject()).thenReturn(project);
    ProjectRole stakeholders = mock(ProjectRole.class);
    when(settings.riskAcceptanceRole(100L)).thenReturn(Optional.of("Stakeholders"));
    when(roles.getProjectRole("Stakeholders")).thenReturn(stakeholders);
    when(roles.isUserInProjectRole(sam, stakeholders, project)).thenReturn(true);

    assertEquals(201, post(VALID).getStatus());
  }

  @Test
  public void refusesAnExpiryInThePast() {
    asAdmin();

    Response response = post("{\"reason\":\"r\",\"expiresOn\":\"2026-11-26\"}");

    assertEquals(400, response.getStatus());
    assertEquals("expiresOn", response.readEntity(JsonNode.class).get("field").asText());
  }

  @Test
  public void refusesABlankReason() {
    asAdmin();

    Response response = post("{\"reason\":\"   \",\"expiresOn\":\"2027-01-01\"}");

    assertEquals(400, response.getStatus());
    assertEquals("reason", response.readEntity(JsonNode.class).get("field").asText());
  }

  @Test
  public void refusesAMissingExpiry() {
    asAdmin();

    Response response = post("{\"reason\":\"r\"}");

    assertEquals(400, response.getStatus());
    assertEquals("expiresOn", response.readEntity(JsonNode.class).get("field").asText());
  }

  @Test
  public void answersNotFoundForAPostmortemTheCallerCannotSee() {
    jira.logIn("ada");

    assertEquals(404, post(VALID).getStatus());
  }

  @Test
  public void withdrawsKeepingTheRecord() {
    asAdmin();

    Response response = target("postmortems/PM-1/risk-acceptance").request().delete();

    assertEquals(204, response.getStatus());
    verify(store).withdraw(1L, LocalDate.parse("2026-11-27"));
  }

  @Test
  public void listsAcceptancesWithWhetherTheyHoldToday() {
    jira.logIn("viewer");
    jira.grant("viewer", ProjectPermissions.BROWSE_PROJECTS, "PM-1");
    when(store.forPostmortem(1L))
        .thenReturn(List.of(new RiskAcceptance("ada", NOW, "old", LocalDate.parse("2026-11-01"))));

    JsonNode body = target("postmortems/PM-1/risk-acceptance").request().get(JsonNode.class);

    assertEquals(false, body.get(0).get("holds").asBoolean());
  }

  private void asAdmin() {
    jira.logIn("ada");
    jira.grant("ada", ProjectPermissions.BROWSE_PROJECTS, "PM-1");
    jira.grant("ada", ProjectPermissions.ADMINISTER_PROJECTS, "PM-1");
  }

  private Response post(String json) {
    return target("postmortems/PM-1/risk-acceptance")
        .request()
        .post(Entity.entity(json, MediaType.APPLICATION_JSON));
  }

  @Test
  public void refusesAnExpiryBeyondTheHorizonAndStoresNothing() {
    jira.logIn("ada");
    jira.grant("ada", ProjectPermissions.BROWSE_PROJECTS, "PM-1");
    jira.grant("ada", ProjectPermissions.ADMINISTER_PROJECTS, "PM-1");

    Response response = post("{\"reason\":\"Forever\",\"expiresOn\":\"9999-12-31\"}");

    assertEquals(400, response.getStatus());
    JsonNode body = response.readEntity(JsonNode.class);
    assertEquals("expiresOn", body.get("field").asText());
    assertEquals(
        "postmortem.rest.error.date-beyond[expiresOn,27/Nov/27]", body.get("message").asText());
    verify(store, never()).accept(anyLong(), anyString(), anyString(), any(), any());
  }
}

package io.postmortem.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.core.checklist.SettingsSchema;
import io.postmortem.jira.application.issue.ProjectAccess;
import io.postmortem.jira.storage.ProjectSettingsEntity;
import io.postmortem.jira.storage.ProjectSettingsStore;
import io.postmortem.jira.testing.FakeJira;
import io.postmortem.jira.testing.StoreDatabase;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.Test;

/**
 * Project settings through Jersey with the real store on H2, so what a PUT saves is what the next
 * GET reads, and a refused PUT leaves no row in the table.
 */
public class ProjectSettingsResourceTest extends JerseyTest {

  private FakeJira jira;
  private ProjectManager projects;
  private ProjectRoleManager roles;
  private ActiveObjects ao;
  private Project ops;

  @Override
  protected Application configure() {
    // JerseyTest calls configure() from its constructor, before field initializers run.
    jira = new FakeJira();
    projects = mock(ProjectManager.class);
    roles = mock(ProjectRoleManager.class);
    ao = StoreDatabase.emptyH2();
    ops = mock(Project.class);
    return RestTestRuntime.application(
        jira,
        new ProjectSettingsResource(
            new ProjectAccess(projects, jira.permissions, jira.authenticationContext),
            new ProjectSettingsStore(ao),
            roles));
  }

  @Override
  public void setUp() throws Exception {
    super.setUp();
    when(ops.getId()).thenReturn(100L);
    when(ops.getKey()).thenReturn("OPS");
    when(projects.getProjectObjByKey("OPS")).thenReturn(ops);
  }

  @Test
  public void savesTheChecklistAndRoleOfAProjectAdministratorAndReadsThemBack() {
    asAdmin();
    when(roles.getProjectRole("Stakeholders")).thenReturn(mock(ProjectRole.class));

    Response put =
        put(
            "{\"checklist\":{\"items.max\":\"8\",\"severity.timeline\":\"off\"},"
                + "\"riskAcceptanceRole\":\"Stakeholders\"}");
    JsonNode read = target("projects/OPS/settings").request().get(JsonNode.class);

    assertEquals(200, put.getStatus());
    assertEquals("8", read.get("checklist").get("items.max").asText());
    assertEquals("OFF", read.get("checklist").get("severity.timeline").asText());
    assertEquals("Stakeholders", read.get("riskAcceptanceRole").asText());
  }

  @Test
  public void answersEmptySettingsForAProjectThatSavedNone() {
    asAdmin();

    JsonNode read = target("projects/OPS/settings").request().get(JsonNode.class);

    assertEquals("OPS", read.get("projectKey").asText());
    assertEquals(0, read.get("checklist").size());
    assertEquals("", read.get("riskAcceptanceRole").asText());
  }

  @Test
  public void refusesANonsenseSettingByNameAndSavesNothing() {
    asAdmin();

    Response response = put("{\"checklist\":{\"items.min\":\"2\",\"items.max\":\"lots\"}}");

    assertEquals(400, response.getStatus());
    assertEquals("items.max", response.readEntity(JsonNode.class).get("field").asText());
    assertEquals(0, ao.find(ProjectSettingsEntity.class).length);
  }

  @Test
  public void savesTheReopenSwitchAndRefusesAnythingButTrueOrFalse() {
    asAdmin();

    Response maybe = put("{\"checklist\":{\"recurrence.reopenDoneItems\":\"maybe\"}}");
    int savedAfterRefusal = ao.find(ProjectSettingsEntity.class).length;
    Response on = put("{\"checklist\":{\"recurrence.reopenDoneItems\":\"TRUE\"}}");
    JsonNode read = target("projects/OPS/settings").request().get(JsonNode.class);

    assertEquals(400, maybe.getStatus());
    assertEquals(
        "recurrence.reopenDoneItems", maybe.readEntity(JsonNode.class).get("field").asText());
    assertEquals(0, savedAfterRefusal);
    assertEquals(200, on.getStatus());
    assertEquals("true", read.get("checklist").get("recurrence.reopenDoneItems").asText());
  }

  @Test
  public void refusesAMistypedSettingName() {
    asAdmin();

    Response response = put("{\"checklist\":{\"items.mxa\":\"8\"}}");

    assertEquals(400, response.getStatus());
    JsonNode body = response.readEntity(JsonNode.class);
    assertEquals("items.mxa", body.get("field").asText());
    assertEquals(
        "postmortem.settings.error.unknown-setting[items.mxa]", body.get("message").asText());
    assertEquals(0, ao.find(ProjectSettingsEntity.class).length);
  }

  @Test
  public void refusesTheSeverityOfAMistypedOrMissingRuleNamingIt() {
    asAdmin();

    Response typo = put("{\"checklist\":{\"severity.timline\":\"OFF\"}}");
    Response missing = put("{\"checklist\":{\"severity.no-such-rule\":\"BLOCK\"}}");

    assertEquals(400, typo.getStatus());
    JsonNode body = typo.readEntity(JsonNode.class);
    assertEquals("severity.timline", body.get("field").asText());
    assertEquals(
        "postmortem.settings.error.unknown-rule[timline,timeline]", body.get("message").asText());
    assertEquals(400, missing.getStatus());
    assertEquals("severity.no-such-rule", missing.readEntity(JsonNode.class).get("field").asText());
    assertEquals(0, ao.find(ProjectSettingsEntity.class).length);
  }

  @Test
  public void reportsEveryBadSettingAndAnUnknownRoleInOneAnswer() {
    asAdmin();

    Response response =
        put(
            "{\"checklist\":{\"items.max\":\"lots\",\"severity.timline\":\"OFF\","
                + "\"calendar.zone\":\"Mars/Olympus\"},\"riskAcceptanceRole\":\"Nobody\"}");

    assertEquals(400, response.getStatus());
    JsonNode body = response.readEntity(JsonNode.class);
    List<String> fields = new ArrayList<>();
    body.get("errors").forEach(error -> fields.add(error.get("field").asText()));
    assertEquals(
        List.of("severity.timline", "items.max", "calendar.zone", "riskAcceptanceRole"), fields);
    assertEquals(fields.get(0), body.get("field").asText());
    assertEquals(0, ao.find(ProjectSettingsEntity.class).length);
  }

  @Test
  public void refusesARoleThatDoesNotExist() {
    asAdmin();

    Response response = put("{\"checklist\":{},\"riskAcceptanceRole\":\"Nobody\"}");

    assertEquals(400, response.getStatus());
    assertEquals("riskAcceptanceRole", response.readEntity(JsonNode.class).get("field").asText());
    assertEquals(0, ao.find(ProjectSettingsEntity.class).length);
  }

  @Test
  public void refusesOversizedBodies() {
    asAdmin();
    StringBuilder many = new StringBuilder("{\"checklist\":{");
    for (int i = 0; i <= SettingsSchema.MAX_SETTINGS; i++) {
      many.append(i == 0 ? "" : ",").append("\"language.phrases.en").append(i).append("\":\"x\"");
    }
    String longValue = "x".repeat(SettingsSchema.MAX_VALUE_LENGTH + 1);

    Response tooMany = put(many.append("}}").toString());
    Response tooLong = put("{\"checklist\":{\"calendar.holidays\":\"" + longValue + "\"}}");

    assertEquals(400, tooMany.getStatus());
    assertEquals("checklist", tooMany.readEntity(JsonNode.class).get("field").asText());
    assertEquals(400, tooLong.getStatus());
    assertEquals("calendar.holidays", tooLong.readEntity(JsonNode.class).get("field").asText());
    assertEquals(0, ao.find(ProjectSettingsEntity.class).length);
  }

  @Test
  public void forbidsAUserWhoSeesButDoesNotAdministerTheProject() {
    ApplicationUser viv = jira.logIn("viv");
    when(jira.permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, ops, viv))
        .thenReturn(true);

    assertEquals(403, target("projects/OPS/settings").request().get().getStatus());
    assertEquals(403, put("{\"checklist\":{}}").getStatus());
    assertEquals(0, ao.find(ProjectSettingsEntity.class).length);
  }

  @Test
  public void answersNotFoundForAProjectTheCallerCannotSeeOrThatIsMissing() {
    jira.logIn("eve");

    assertEquals(404, target("projects/OPS/settings").request().get().getStatus());
    assertEquals(404, target("projects/NOPE/settings").request().get().getStatus());
    assertEquals(404, target("projects/1-x/settings").request().get().getStatus());
  }

  private void asAdmin() {
    ApplicationUser ada = jira.logIn("ada");
    when(jira.permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, ops, ada))
        .thenReturn(true);
    when(jira.permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, ops, ada))
        .thenReturn(true);
  }

  private Response put(String json) {
    return target("projects/OPS/settings")
        .request()
        .put(Entity.entity(json, MediaType.APPLICATION_JSON_TYPE));
  }
}

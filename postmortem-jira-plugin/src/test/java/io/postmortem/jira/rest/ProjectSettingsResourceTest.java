package io.postmortem.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.transaction.TransactionCallback;
import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.jira.application.issue.ProjectAccess;
import io.postmortem.jira.storage.ProjectSettingsEntity;
import io.postmortem.jira.storage.ProjectSettingsStore;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.Test;

/**
 * Project settings through Jersey with the real store over a mocked Active Objects that keeps its
 * rows in a list, so what a PUT saves is what the next GET reads.
 */
public class ProjectSettingsResourceTest extends JerseyTest {

  private JiraStubs jira;
  private ProjectManager projects;
  private ProjectRoleManager roles;
  private ActiveObjects ao;
  private List<ProjectSettingsEntity> rows;
  private Project ops;

  @Override
  protected Application configure() {
    // JerseyTest calls configure() from its constructor, before field initializers run.
    jira = new JiraStubs();
    projects = mock(ProjectManager.class);
    roles = mock(ProjectRoleManager.class);
    ao = mock(ActiveObjects.class);
    rows = new ArrayList<>();
    ops = mock(Project.class);
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
    return RestTestRuntime.application(
        jira,
        new ProjectSettingsResource(
            new ProjectAccess(projects, jira.permissionManager, jira.authenticationContext),
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
    assertTrue(rows.isEmpty());
  }

  @Test
  public void refusesAMistypedSettingName() {
    asAdmin();

    Response response = put("{\"checklist\":{\"items.mxa\":\"8\"}}");

    assertEquals(400, response.getStatus());
    JsonNode body = response.readEntity(JsonNode.class);
    assertEquals("items.mxa", body.get("field").asText());
    assertEquals("postmortem.rest.error.unknown-setting[items.mxa]", body.get("message").asText());
    assertTrue(rows.isEmpty());
  }

  @Test
  public void refusesARoleThatDoesNotExist() {
    asAdmin();

    Response response = put("{\"checklist\":{},\"riskAcceptanceRole\":\"Nobody\"}");

    assertEquals(400, response.getStatus());
    assertEquals("riskAcceptanceRole", response.readEntity(JsonNode.class).get("field").asText());
    assertTrue(rows.isEmpty());
  }

  @Test
  public void refusesOversizedBodies() {
    asAdmin();
    StringBuilder many = new StringBuilder("{\"checklist\":{");
    for (int i = 0; i <= ProjectSettingsResource.MAX_SETTINGS; i++) {
      many.append(i == 0 ? "" : ",").append("\"language.phrases.en").append(i).append("\":\"x\"");
    }
    String longValue = "x".repeat(RequestFields.TEXT_MAX + 1);

    Response tooMany = put(many.append("}}").toString());
    Response tooLong = put("{\"checklist\":{\"calendar.holidays\":\"" + longValue + "\"}}");

    assertEquals(400, tooMany.getStatus());
    assertEquals("checklist", tooMany.readEntity(JsonNode.class).get("field").asText());
    assertEquals(400, tooLong.getStatus());
    assertEquals("calendar.holidays", tooLong.readEntity(JsonNode.class).get("field").asText());
    assertTrue(rows.isEmpty());
  }

  @Test
  public void forbidsAUserWhoSeesButDoesNotAdministerTheProject() {
    ApplicationUser viv = jira.logIn("viv");
    when(jira.permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, ops, viv))
        .thenReturn(true);

    assertEquals(403, target("projects/OPS/settings").request().get().getStatus());
    assertEquals(403, put("{\"checklist\":{}}").getStatus());
    assertTrue(rows.isEmpty());
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
    when(jira.permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, ops, ada))
        .thenReturn(true);
    when(jira.permissionManager.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, ops, ada))
        .thenReturn(true);
  }

  private Response put(String json) {
    return target("projects/OPS/settings")
        .request()
        .put(Entity.entity(json, MediaType.APPLICATION_JSON_TYPE));
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

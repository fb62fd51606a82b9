package io.postmortem.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.core.creation.AutomaticPostmortems;
import io.postmortem.jira.application.issue.AutomaticPostmortemsPolicy;
import io.postmortem.jira.application.issue.ProjectAccess;
import io.postmortem.jira.storage.AutomaticPostmortemStore;
import io.postmortem.jira.testing.FakeJira;
import io.postmortem.jira.testing.StoreDatabase;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.Test;

public class AutomaticPostmortemsResourceTest extends JerseyTest {

  // JerseyTest calls configure() from its constructor, before field initializers run.
  private FakeJira jira;
  private AutomaticPostmortemStore store;
  private ProjectManager projects;
  private UserManager users;
  private Project ops;

  @Override
  protected Application configure() {
    jira = new FakeJira();
    store = new AutomaticPostmortemStore(StoreDatabase.emptyH2());
    projects = mock(ProjectManager.class);
    users = mock(UserManager.class);
    ops = mock(Project.class);
    when(ops.getId()).thenReturn(10000L);
    when(ops.getKey()).thenReturn("OPS");
    when(projects.getProjectObjByKey("OPS")).thenReturn(ops);
    return RestTestRuntime.application(
        jira,
        new AutomaticPostmortemsResource(
            new ProjectAccess(projects, jira.permissions, jira.authenticationContext),
            store,
            new AutomaticPostmortemsPolicy(projects, users)));
  }

  private void projectAdmin(boolean admin) {
    ApplicationUser ada = jira.logIn("ada");
    when(jira.permissions.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), eq(ops), eq(ada)))
        .thenReturn(true);
    when(jira.permissions.hasPermission(
            eq(ProjectPermissions.ADMINISTER_PROJECTS), eq(ops), eq(ada)))
        .thenReturn(admin);
  }

  private Response put(String json) {
    return target("projects/OPS/automatic-postmortems")
        .request()
        .put(Entity.entity(json, MediaType.APPLICATION_JSON));
  }

  @Test
  public void aProjectAdministratorSwitchesTheRuleOnAndReadsItBack() {
    projectAdmin(true);

    Response response = put("{\"enabled\":\"true\",\"minimumSeverity\":\"SEV_2\"}");

    assertEquals(200, response.getStatus());
    JsonNode saved = target("projects/OPS/automatic-postmortems").request().get(JsonNode.class);
    assertEquals("true", saved.get("enabled").asText());
    assertEquals("SEV_2", saved.get("minimumSeverity").asText());
  }

  @Test
  public void refusesEveryBadSettingAtOnceAndSavesNothing() {
    projectAdmin(true);
    when(users.getUserByName(anyString())).thenReturn(null);

    Response response =
        put(
            "{\"enabled\":\"true\",\"minimumSeverity\":\"SEV_9\",\"assigneeRule\":\"FACILITATOR\"}");

    assertEquals(400, response.getStatus());
    JsonNode body = response.readEntity(JsonNode.class);
    assertEquals("minimumSeverity", body.get("field").asText());
    assertEquals(2, body.get("errors").size());
    assertEquals(AutomaticPostmortems.OFF, store.settings(10000L));
  }

  @Test
  public void anUnknownFacilitatorOrProjectIsRefused() {
    projectAdmin(true);

    Response response =
        put(
            "{\"enabled\":\"true\",\"assigneeRule\":\"FACILITATOR\",\"facilitator\":\"ghost\","
                + "\"postmortemProject\":\"NOPE\"}");

    assertEquals(400, response.getStatus());
    assertEquals(2, response.readEntity(JsonNode.class).get("errors").size());
  }

  @Test
  public void someoneWhoDoesNotAdministerTheProjectGets403() {
    projectAdmin(false);

    assertEquals(403, put("{\"enabled\":\"true\"}").getStatus());
    assertEquals(AutomaticPostmortems.OFF, store.settings(10000L));
  }

  @Test
  public void theRuleIsOffByDefault() {
    projectAdmin(true);

    JsonNode saved = target("projects/OPS/automatic-postmortems").request().get(JsonNode.class);

    assertEquals("false", saved.get("enabled").asText());
  }
}

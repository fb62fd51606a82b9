package io.postmortem.jira.application.http;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import com.atlassian.jira.permission.ProjectPermissions;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.jira.application.issue.IssueAccess;
import io.postmortem.jira.rest.RestTestRuntime;
import io.postmortem.jira.storage.ConcurrentWriteException;
import io.postmortem.jira.testing.FakeJira;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.Test;

/** The shared error mapper and permission check, through a real Jersey runtime. */
public class RestErrorsTest extends JerseyTest {

  private FakeJira jira;

  @Path("probe")
  @Produces(MediaType.APPLICATION_JSON)
  public static final class ProbeResource {
    private final IssueAccess access;

    public ProbeResource(IssueAccess access) {
      this.access = access;
    }

    @GET
    @Path("see/{key}")
    public String see(@PathParam("key") String key) {
      return "\"" + access.browsable(key).getKey() + "\"";
    }

    @POST
    @Path("edit/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    public String edit(@PathParam("key") String key, Body body) {
      if (body == null || body.reason() == null) {
        throw RestErrors.required("reason");
      }
      return "\"" + access.editable(key).getKey() + "\"";
    }

    @GET
    @Path("login-required")
    public String loginRequired() {
      throw new AuthenticationRequiredException();
    }

    @GET
    @Path("denied")
    public String denied() {
      throw new SecurityException("not an admin");
    }

    @GET
    @Path("concurrent")
    public String concurrent() {
      throw new ConcurrentWriteException(new IllegalStateException("duplicate key"));
    }

    @GET
    @Path("boom")
    public String boom() {
      throw new IllegalStateException("secret internals at line 42");
    }
  }

  /** Named like the REST module's own exception, which extends SecurityException. */
  static final class AuthenticationRequiredException extends SecurityException {}

  @JsonIgnoreProperties(ignoreUnknown = false)
  public record Body(String reason, Integer days) {}

  @Override
  protected Application configure() {
    jira = new FakeJira();
    return RestTestRuntime.application(
        jira,
        new ProbeResource(
            new IssueAccess(jira.issueManager, jira.permissions, jira.authenticationContext)));
  }

  @Test
  public void answersNotFoundWhenIssueIsMissing() {
    jira.logIn("alice");

    Response response = target("probe/see/PM-404").request().get();

    assertEquals(404, response.getStatus());
    assertEquals("postmortem.rest.error.not-found", message(response));
  }

  @Test
  public void answersNotFoundWhenIssueIsNotBrowsable() {
    jira.logIn("alice");
    jira.issue("PM-1", 1L);

    Response response = target("probe/see/PM-1").request().get();

    assertEquals(404, response.getStatus());
  }

  @Test
  public void answersNotFoundForKeysThatCannotExistWithoutAskingJira() {
    jira.logIn("alice");

    Response response = target("probe/see/x%27%20OR%201=1").request().get();

    assertEquals(404, response.getStatus());
  }

  @Test
  public void answersForbiddenWhenIssueIsVisibleButNotEditable() {
    jira.logIn("alice");
    jira.issue("PM-1", 1L);
    jira.grant("alice", ProjectPermissions.BROWSE_PROJECTS, "PM-1");

    Response response = target("probe/edit/PM-1").request().post(json("{\"reason\":\"r\"}"));

    assertEquals(403, response.getStatus());
    assertEquals("postmortem.rest.error.forbidden", message(response));
  }

  @Test
  public void letsEditorsThrough() {
    jira.logIn("alice");
    jira.issue("PM-1", 1L);
    jira.grant("alice", ProjectPermissions.BROWSE_PROJECTS, "PM-1");
    jira.grant("alice", ProjectPermissions.EDIT_ISSUES, "PM-1");

    Response response = target("probe/edit/PM-1").request().post(json("{\"reason\":\"r\"}"));

    assertEquals(200, response.getStatus());
    assertEquals("PM-1", response.readEntity(String.class).replace("\"", ""));
  }

  @Test
  public void answersConflictWhenAnotherWriterWonEveryAttempt() {
    jira.logIn("alice");

    Response response = target("probe/concurrent").request().get();

    assertEquals(409, response.getStatus());
    assertEquals("postmortem.rest.error.concurrent-write", message(response));
  }

  @Test
  public void answersUnauthorizedWhenNobodyIsLoggedIn() {
    Response response = target("probe/see/PM-1").request().get();

    assertEquals(401, response.getStatus());
  }

  @Test
  public void namesTheMissingFieldWithALocalizedMessage() {
    jira.logIn("alice");

    Response response = target("probe/edit/PM-1").request().post(json("{}"));

    assertEquals(400, response.getStatus());
    JsonNode body = response.readEntity(JsonNode.class);
    assertEquals("reason", body.get("field").asText());
    assertEquals("postmortem.rest.error.required[reason]", body.get("message").asText());
  }

  @Test
  public void namesTheMalformedFieldWhenAValueHasTheWrongType() {
    jira.logIn("alice");

    Response response =
        target("probe/edit/PM-1").request().post(json("{\"reason\":\"r\",\"days\":\"soon\"}"));

    assertEquals(400, response.getStatus());
    assertEquals("days", response.readEntity(JsonNode.class).get("field").asText());
  }

  @Test
  public void namesAnUnknownFieldSoTyposDoNotPassSilently() {
    jira.logIn("alice");

    Response response = target("probe/edit/PM-1").request().post(json("{\"reasn\":\"r\"}"));

    assertEquals(400, response.getStatus());
    assertEquals("reasn", response.readEntity(JsonNode.class).get("field").asText());
  }

  @Test
  public void answersBadRequestForBrokenJson() {
    jira.logIn("alice");

    Response response = target("probe/edit/PM-1").request().post(json("{\"reason\":"));

    assertEquals(400, response.getStatus());
    assertEquals("body", response.readEntity(JsonNode.class).get("field").asText());
  }

  @Test
  public void refusesNonJsonBodiesSoTheXsrfCheckAlwaysApplies() {
    jira.logIn("alice");

    Response response =
        target("probe/edit/PM-1")
            .request()
            .post(Entity.entity("reason=r", MediaType.APPLICATION_FORM_URLENCODED));

    assertEquals(415, response.getStatus());
    assertEquals(MediaType.APPLICATION_JSON_TYPE, response.getMediaType());
  }

  @Test
  public void hidesTheStackTraceOfUnexpectedFailures() {
    jira.logIn("alice");

    Response response = target("probe/boom").request().get();

    assertEquals(500, response.getStatus());
    String body = response.readEntity(String.class);
    assertThat(body, not(containsString("IllegalStateException")));
    assertThat(body, not(containsString("line 42")));
    assertThat(body, containsString("postmortem.rest.error.internal"));
  }

  @Test
  public void keepsTheRestModulesAuthenticationRefusalAnUnauthorized() {
    Response response = target("probe/login-required").request().get();

    assertEquals(401, response.getStatus());
    assertEquals("postmortem.rest.error.unauthenticated", message(response));
  }

  @Test
  public void keepsOtherSecurityRefusalsForbidden() {
    Response response = target("probe/denied").request().get();

    assertEquals(403, response.getStatus());
  }

  @Test
  public void omitsTheFieldWhenTheFailureIsNotAboutOne() {
    jira.logIn("alice");

    Response response = target("probe/see/PM-404").request().get();

    assertNull(response.readEntity(JsonNode.class).get("field"));
  }

  private static Entity<String> json(String body) {
    return Entity.entity(body, MediaType.APPLICATION_JSON);
  }

  private static String message(Response response) {
    return response.readEntity(JsonNode.class).get("message").asText();
  }
}

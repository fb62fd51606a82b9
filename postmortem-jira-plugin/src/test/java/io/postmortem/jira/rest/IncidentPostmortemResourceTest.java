package io.postmortem.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.jira.application.issue.IncidentHistory;
import io.postmortem.jira.application.issue.IncidentPostmortems;
import io.postmortem.jira.application.issue.IssueAccess;
import io.postmortem.jira.application.issue.JiraTime;
import io.postmortem.jira.application.issue.PostmortemConfiguration;
import io.postmortem.jira.application.issue.PostmortemCreation;
import io.postmortem.jira.storage.AutomaticPostmortemStore;
import io.postmortem.jira.storage.TimelineStore;
import io.postmortem.jira.testing.FakeJira;
import io.postmortem.jira.testing.StoreDatabase;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TimeZone;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.Test;

public class IncidentPostmortemResourceTest extends JerseyTest {

  private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
  private static final String VALID =
      "{\"summary\":\"Postmortem: OPS-5 Checkout down\",\"facilitator\":\"fay\","
          + "\"timeline\":[{\"at\":\"2026-12-01T08:00:00Z\",\"kind\":\"DETECTED\","
          + "\"text\":\"Alert fired\"}]}";

  private FakeJira jira;
  // JerseyTest calls configure() from its constructor, before field initializers run.
  private IssueService issueService;
  private IssueLinkManager links;
  private UserManager users;
  private CommentManager comments;
  private TimelineStore timeline;
  private Project ops;
  private IssueInputParameters input;
  private MutableIssue incident;

  @Override
  protected Application configure() {
    jira = new FakeJira();
    issueService = mock(IssueService.class);
    links = mock(IssueLinkManager.class);
    users = mock(UserManager.class);
    comments = mock(CommentManager.class);
    ActiveObjects ao = StoreDatabase.emptyH2();
    timeline = new TimelineStore(ao);
    ops = mock(Project.class);
    PostmortemConfiguration configuration = FakeJira.configuration(FakeJira.setUpMapping());
    TimeZoneManager zones = mock(TimeZoneManager.class);
    when(zones.getDefaultTimezone()).thenReturn(TimeZone.getTimeZone("UTC"));
    ChangeHistoryManager history = mock(ChangeHistoryManager.class);
    StatusManager statuses = mock(StatusManager.class);
    IssueAccess access =
        new IssueAccess(jira.issueManager, jira.permissions, jira.authenticationContext);
    return RestTestRuntime.application(
        jira,
        new IncidentPostmortemResource(
            access,
            new IncidentPostmortems(
                configuration, new AutomaticPostmortemStore(ao), mock(ProjectManager.class), links),
            new IncidentHistory(history, comments, statuses),
            new PostmortemCreation(issueService, links, configuration),
            timeline,
            new IncidentPostmortemResource.Jira(
                configuration,
                jira.permissions,
                users,
                jira.authenticationContext,
                new JiraTime(zones, Clock.fixed(NOW, ZoneOffset.UTC)))));
  }

  @Override
  public void setUp() throws Exception {
    super.setUp();
    incident = jira.issue("OPS-5", 5L);
    var incidentType = FakeJira.issueType("10001", false);
    when(incident.getIssueType()).thenReturn(incidentType);
    when(incident.getProjectObject()).thenReturn(ops);
    when(ops.getId()).thenReturn(10000L);
    when(ops.getKey()).thenReturn("OPS");
    ApplicationUser fay = jira.user("fay");
    when(users.getUserByName("fay")).thenReturn(fay);
    input = mock(IssueInputParameters.class, RETURNS_SELF);
    when(issueService.newIssueInputParameters()).thenReturn(input);
    IssueService.CreateValidationResult valid = mock(IssueService.CreateValidationResult.class);
    when(valid.isValid()).thenReturn(true);
    when(issueService.validateCreate(any(), eq(input))).thenReturn(valid);
    IssueService.IssueResult result = mock(IssueService.IssueResult.class);
    when(result.isValid()).thenReturn(true);
    MutableIssue created = mock(MutableIssue.class);
    when(created.getId()).thenReturn(77L);
    when(created.getKey()).thenReturn("PM-7");
    when(result.getIssue()).thenReturn(created);
    when(issueService.create(any(), eq(valid))).thenReturn(result);
  }

  private ApplicationUser responderWhoMayCreate() {
    ApplicationUser ann = jira.logIn("ann");
    jira.grant("ann", ProjectPermissions.BROWSE_PROJECTS, "OPS-5");
    when(jira.permissions.hasPermission(ProjectPermissions.CREATE_ISSUES, ops, ann))
        .thenReturn(true);
    return ann;
  }

  private Response post(String json) {
    return target("incidents/OPS-5/postmortems")
        .request()
        .post(Entity.entity(json, MediaType.APPLICATION_JSON));
  }

  @Test
  public void createsTheLinkedPostmortemWithTheTickedTimelineEventsAndSaysWhereItIs()
      throws Exception {
    ApplicationUser ann = responderWhoMayCreate();

    Response response = post(VALID);

    assertEquals(201, response.getStatus());
    JsonNode body = response.readEntity(JsonNode.class);
    assertEquals("PM-7", body.get("key").asText());
    assertEquals("/browse/PM-7", body.get("url").asText());
    verify(input).setSummary("Postmortem: OPS-5 Checkout down");
    verify(input).addCustomFieldValue(10308L, "fay");
    verify(links).createIssueLink(77L, 5L, FakeJira.POSTMORTEM_LINK, null, ann);
    assertEquals("Alert fired", timeline.forPostmortem(77L).get(0).text());
  }

  @Test
  public void answers404AndCreatesNothingWhenTheIncidentIsInvisible() {
    jira.logIn("ann");

    assertEquals(404, post(VALID).getStatus());
    verify(issueService, never()).validateCreate(any(), any());
  }

  @Test
  public void answers403WhenTheCallerMayNotCreateInThePostmortemProject() {
    jira.logIn("ann");
    jira.grant("ann", ProjectPermissions.BROWSE_PROJECTS, "OPS-5");

    Response response = post(VALID);

    assertEquals(403, response.getStatus());
    assertEquals(
        "postmortem.create.error.no-create-permission[OPS]",
        response.readEntity(JsonNode.class).get("message").asText());
    verify(issueService, never()).validateCreate(any(), any());
  }

  @Test
  public void aBlankSummaryIsA400NamingTheField() {
    responderWhoMayCreate();

    Response response = post("{\"summary\":\"  \"}");

    assertEquals(400, response.getStatus());
    assertEquals("summary", response.readEntity(JsonNode.class).get("field").asText());
    verify(issueService, never()).validateCreate(any(), any());
  }

  @Test
  public void anUnknownFacilitatorIsA400NamingTheField() {
    responderWhoMayCreate();

    Response response = post("{\"summary\":\"S\",\"facilitator\":\"nobody\"}");

    assertEquals(400, response.getStatus());
    JsonNode body = response.readEntity(JsonNode.class);
    assertEquals("facilitator", body.get("field").asText());
    assertEquals("postmortem.auto.error.no-such-user[nobody]", body.get("message").asText());
  }

  @Test
  public void aBadTimelineEventIsA400AndNothingIsCreated() {
    responderWhoMayCreate();

    Response response =
        post("{\"summary\":\"S\",\"timeline\":[{\"at\":\"yesterday\",\"kind\":\"DETECTED\"}]}");

    assertEquals(400, response.getStatus());
    assertEquals("at", response.readEntity(JsonNode.class).get("field").asText());
    verify(issueService, never()).validateCreate(any(), any());
  }

  @Test
  public void aFormPostIsRefusedSoNoOtherSiteCanCreateOnTheUsersBehalf() {
    responderWhoMayCreate();

    Response response =
        target("incidents/OPS-5/postmortems")
            .request()
            .post(Entity.entity("summary=x", MediaType.APPLICATION_FORM_URLENCODED));

    assertEquals(415, response.getStatus());
    verify(issueService, never()).validateCreate(any(), any());
  }

  @Test
  public void theDraftIsPrefilledFromTheIncidentAndItsHistory() {
    ApplicationUser ann = jira.logIn("ann");
    jira.grant("ann", ProjectPermissions.BROWSE_PROJECTS, "OPS-5");
    when(jira.permissions.hasPermission(ProjectPermissions.CREATE_ISSUES, ops, ann))
        .thenReturn(true);
    ApplicationUser rita = jira.user("rita");
    when(incident.getAssignee()).thenReturn(rita);
    Comment comment = mock(Comment.class);
    when(comment.getCreated()).thenReturn(Timestamp.from(NOW.minusSeconds(3600)));
    when(comment.getBody()).thenReturn("Rolled back the deploy");
    when(comments.getCommentsForUser(incident, ann)).thenReturn(List.of(comment));

    JsonNode draft = target("incidents/OPS-5/postmortem-draft").request().get(JsonNode.class);

    assertEquals("OPS", draft.get("projectKey").asText());
    assertEquals(
        "postmortem.create.summary[OPS-5,Summary of OPS-5]", draft.get("summary").asText());
    assertEquals("rita", draft.get("facilitator").asText());
    assertEquals(1, draft.get("suggestions").size());
  }
}

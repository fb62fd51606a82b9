package io.postmortem.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.event.type.EventDispatchOption;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.core.postmortem.OwnershipConfirmation;
import io.postmortem.jira.application.checklist.ReaderTexts;
import io.postmortem.jira.application.issue.IssueAccess;
import io.postmortem.jira.application.issue.JiraTime;
import io.postmortem.jira.storage.DueDateProposal;
import io.postmortem.jira.storage.ProposalAnswers;
import io.postmortem.jira.testing.FakeJira;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.Test;

public class ProposalAnswerResourceTest extends JerseyTest {

  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
  private static final LocalDate PROPOSED = LocalDate.parse("2027-01-10");
  private static final String ACCEPT = "postmortems/PM-1/proposals/5/accept";
  private static final String DECLINE = "postmortems/PM-1/proposals/5/decline";

  private FakeJira jira;
  private ProposalAnswers answers;
  private IssueLinkManager links;
  private CommentManager comments;
  private MutableIssue postmortem;
  private MutableIssue item;
  private ApplicationUser pat;
  private UserManager users;

  @Override
  protected Application configure() {
    jira = new FakeJira();
    users = mock(UserManager.class);
    answers = mock(ProposalAnswers.class);
    links = mock(IssueLinkManager.class);
    comments = mock(CommentManager.class);
    TimeZoneManager zones = mock(TimeZoneManager.class);
    when(zones.getDefaultTimezone()).thenReturn(TimeZone.getTimeZone("UTC"));
    IssueAccess access =
        new IssueAccess(jira.issueManager, jira.permissions, jira.authenticationContext);
    return RestTestRuntime.application(
        jira,
        new ProposalAnswerResource(
            access,
            answers,
            new ProposalItems(jira.issueManager, links, comments),
            new JiraTime(zones, Clock.fixed(NOW, ZoneOffset.UTC)),
            new ReaderTexts(users).texts(jira.authenticationContext)));
  }

  @Override
  public void setUp() throws Exception {
    super.setUp();
    postmortem = jira.issue("PM-1", 10L);
    item = jira.issue("OPS-7", 70L);
    when(postmortem.getSubTaskObjects()).thenReturn(List.of(item));
    pat = jira.logIn("pat");
    when(postmortem.getAssignee()).thenReturn(pat);
    jira.grant("pat", ProjectPermissions.BROWSE_PROJECTS, "PM-1", "OPS-7");
    jira.grant("pat", ProjectPermissions.EDIT_ISSUES, "OPS-7");
    when(answers.open(5L))
        .thenReturn(
            Optional.of(
                new DueDateProposal(
                    5L,
                    70L,
                    "bob",
                    PROPOSED,
                    "after the freeze",
                    NOW,
                    DueDateProposal.Status.OPEN)));
    when(answers.accept(5L, NOW))
        .thenReturn(Optional.of(new OwnershipConfirmation("bob", NOW, PROPOSED)));
    when(answers.decline(5L)).thenReturn(true);
  }

  @Test
  public void acceptingSetsTheProposedDueDateAndCountsAsTheProposersConfirmation() {
    ApplicationUser bobUser = FakeJira.user("bob", "Bob Meyer");
    when(users.getUserByKey("bob")).thenReturn(bobUser);

    Response response = post(ACCEPT, "{}");

    assertEquals(200, response.getStatus());
    JsonNode body = response.readEntity(JsonNode.class);
    assertEquals("OPS-7", body.get("itemKey").asText());
    assertEquals("2027-01-10", body.get("dueDate").asText());
    assertEquals("bob", body.get("confirmedBy").asText());
    assertEquals("Bob Meyer", body.get("confirmedByName").asText());
    verify(answers).accept(5L, NOW);
    verify(item).setDueDate(Timestamp.valueOf(PROPOSED.atStartOfDay()));
    verify(jira.issueManager).updateIssue(pat, item, EventDispatchOption.ISSUE_UPDATED, true);
  }

  @Test
  public void decliningLeavesTheReasonAsACommentOnTheItemForItsAssignee() {
    Response response = post(DECLINE, "{\"reason\":\"The fix must ship before the freeze\"}");

    assertEquals(200, response.getStatus());
    assertEquals("DECLINED", response.readEntity(JsonNode.class).get("answer").asText());
    verify(answers).decline(5L);
    verify(comments)
        .create(
            item,
            pat,
            "postmortem.proposal.declined.comment[10/Jan/27,The fix must ship before the freeze]",
            true);
    verify(item, never()).setDueDate(any());
  }

  @Test
  public void refusesToDeclineWithoutAReasonAndChangesNothing() {
    Response response = post(DECLINE, "{\"reason\":\"  \"}");

    assertEquals(400, response.getStatus());
    assertEquals("reason", response.readEntity(JsonNode.class).get("field").asText());
    verify(answers, never()).decline(anyLong());
    verify(comments, never())
        .create(any(), any(), any(), org.mockito.ArgumentMatchers.anyBoolean());
  }

  @Test
  public void refusesAnAnswerFromSomeoneWhoIsNotThePostmortemsOwner() {
    jira.logIn("mallory");
    jira.grant("mallory", ProjectPermissions.BROWSE_PROJECTS, "PM-1", "OPS-7");

    Response response = post(ACCEPT, "{}");

    assertEquals(403, response.getStatus());
    assertEquals(
        ProposalAnswerResource.KEY_NOT_OWNER,
        response.readEntity(JsonNode.class).get("message").asText());
    verify(answers, never()).accept(anyLong(), any());
  }

  @Test
  public void answersNotFoundForAPostmortemTheCallerCannotSee() {
    jira.logIn("eve");

    assertEquals(404, post(ACCEPT, "{}").getStatus());
    verify(answers, never()).accept(anyLong(), any());
  }

  @Test
  public void answersNotFoundForAProposalOnAnotherPostmortemsItem() {
    when(postmortem.getSubTaskObjects()).thenReturn(List.of());
    when(links.getOutwardLinks(10L)).thenReturn(List.of());
    when(links.getInwardLinks(10L)).thenReturn(List.of());

    Response response = post(ACCEPT, "{}");

    assertEquals(404, response.getStatus());
    verify(answers, never()).accept(anyLong(), any());
  }

  @Test
  public void refusesToAcceptForAnOwnerWhoCannotEditTheItem() {
    MutableIssue readOnly = jira.issue("OPS-8", 80L);
    when(postmortem.getSubTaskObjects()).thenReturn(List.of(item, readOnly));
    jira.grant("pat", ProjectPermissions.BROWSE_PROJECTS, "OPS-8");
    when(answers.open(6L))
        .thenReturn(
            Optional.of(
                new DueDateProposal(
                    6L, 80L, "bob", PROPOSED, "", NOW, DueDateProposal.Status.OPEN)));

    Response response = post("postmortems/PM-1/proposals/6/accept", "{}");

    assertEquals(403, response.getStatus());
    verify(answers, never()).accept(anyLong(), any());
  }

  @Test
  public void answersConflictWhenTheProposalWasAnsweredMeanwhile() {
    when(answers.accept(5L, NOW)).thenReturn(Optional.empty());

    Response response = post(ACCEPT, "{}");

    assertEquals(409, response.getStatus());
    verify(item, never()).setDueDate(any());
  }

  @Test
  public void refusesAFormPostSoNoOtherSiteCanAnswerForTheOwner() {
    Response response =
        target(ACCEPT)
            .request()
            .post(Entity.entity("reason=x", MediaType.APPLICATION_FORM_URLENCODED));

    assertEquals(415, response.getStatus());
    verify(answers, never()).accept(anyLong(), any());
  }

  private Response post(String path, String json) {
    return target(path).request().post(Entity.entity(json, MediaType.APPLICATION_JSON));
  }
}

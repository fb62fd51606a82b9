package io.postmortem.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.user.ApplicationUser;
import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.core.postmortem.Incident;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.TimelineEvent;
import io.postmortem.core.postmortem.TimelineEventKind;
import io.postmortem.jira.application.issue.IncidentHistory;
import io.postmortem.jira.application.issue.IssueAccess;
import io.postmortem.jira.application.issue.PostmortemReader;
import io.postmortem.jira.testing.FakeJira;
import jakarta.ws.rs.core.Application;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.Test;

public class TimelineSuggestionsResourceTest extends JerseyTest {

  private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
  private static final Map<String, String> STATUS_IDS = new HashMap<>();
  private FakeJira jira;
  private PostmortemReader reader;
  private ChangeHistoryManager history;
  private CommentManager comments;
  private StatusManager statuses;
  private MutableIssue incident;
  private ApplicationUser viewer;

  @Override
  protected Application configure() {
    jira = new FakeJira();
    reader = mock(PostmortemReader.class);
    history = mock(ChangeHistoryManager.class);
    comments = mock(CommentManager.class);
    statuses = mock(StatusManager.class);
    List<Status> all =
        List.of(
            status("1", "Open", "new"),
            status("3", "In Progress", "indeterminate"),
            status("5", "Resolved", "done"),
            status("10100", "Erledigt", "done"),
            status("10101", "Closed", "indeterminate"));
    when(statuses.getStatuses()).thenReturn(all);
    return RestTestRuntime.application(
        jira,
        new TimelineSuggestionsResource(
            new IssueAccess(jira.issueManager, jira.permissions, jira.authenticationContext),
            reader,
            jira.issueManager,
            new IncidentHistory(history, comments, statuses),
            jira.authenticationContext));
  }

  @Override
  public void setUp() throws Exception {
    super.setUp();
    jira.issue("PM-1", 1L);
    incident = jira.issue("INC-7", 7L);
    viewer = jira.logIn("viv");
    jira.grant("viv", ProjectPermissions.BROWSE_PROJECTS, "PM-1", "INC-7");
    when(comments.getCommentsForUser(incident, viewer)).thenReturn(List.of());
    when(history.getChangeItemsForField(incident, "status")).thenReturn(List.of());
  }

  @Test
  public void suggestsStatusChangesAndCommentsInTimeOrder() {
    postmortemWith(List.of());
    ChangeItemBean resolved = statusChange("In Progress", "Resolved", T0.plusSeconds(3600));
    when(history.getChangeItemsForField(incident, "status")).thenReturn(List.of(resolved));
    Comment comment = comment("Rolled back  the\n deploy", T0.plusSeconds(600));
    when(comments.getCommentsForUser(incident, viewer)).thenReturn(List.of(comment));

    JsonNode body = target("postmortems/PM-1/timeline/suggestions").request().get(JsonNode.class);

    assertEquals(2, body.size());
    assertEquals(
        "postmortem.timeline.suggestion.comment[INC-7,Oncall,Rolled back the deploy]",
        body.get(0).get("text").asText());
    assertEquals("RESOLVED", body.get(1).get("kind").asText());
    assertEquals("2026-11-20T09:00:00Z", body.get(1).get("at").asText());
  }

  @Test
  public void aChangeIntoAnyDoneStatusMarksTheIncidentResolvedWhateverItsName() {
    postmortemWith(List.of());
    List<ChangeItemBean> changes =
        List.of(
            statusChange("In Progress", "Erledigt", T0.plusSeconds(60)),
            statusChange("Open", "Closed", T0));
    when(history.getChangeItemsForField(incident, "status")).thenReturn(changes);

    JsonNode body = target("postmortems/PM-1/timeline/suggestions").request().get(JsonNode.class);

    assertEquals("OTHER", body.get(0).get("kind").asText());
    assertEquals("RESOLVED", body.get(1).get("kind").asText());
  }

  @Test
  public void leavesOutWhatTheTimelineAlreadyHas() {
    ChangeItemBean change = statusChange("Open", "In Progress", T0);
    when(history.getChangeItemsForField(incident, "status")).thenReturn(List.of(change));
    postmortemWith(
        List.of(
            new TimelineEvent(
                1L,
                T0,
                TimelineEventKind.OTHER,
                "postmortem.timeline.suggestion.status[INC-7,Open,In Progress]",
                null)));

    JsonNode body = target("postmortems/PM-1/timeline/suggestions").request().get(JsonNode.class);

    assertEquals(0, body.size());
  }

  @Test
  public void skipsIncidentsTheCallerCannotSeeOrThatWereDeleted() {
    Postmortem snapshot =
        Postmortem.builder("PM-1", LocalDate.parse("2026-11-21"))
            .summary("s")
            .incidents(
                List.of(new Incident("SEC-1", null, null), new Incident("GONE-1", null, null)))
            .build();
    when(reader.read(any())).thenReturn(snapshot);
    jira.issue("SEC-1", 11L);

    JsonNode body = target("postmortems/PM-1/timeline/suggestions").request().get(JsonNode.class);

    assertEquals(0, body.size());
  }

  @Test
  public void boundsTheNumberOfSuggestions() {
    postmortemWith(List.of());
    List<Comment> many = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      many.add(comment("c" + i, T0.plusSeconds(i)));
    }
    when(comments.getCommentsForUser(incident, viewer)).thenReturn(many);
    List<ChangeItemBean> changes = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      changes.add(statusChange("A", "B" + i, T0.plusSeconds(i)));
    }
    when(history.getChangeItemsForField(incident, "status")).thenReturn(changes);

    JsonNode body = target("postmortems/PM-1/timeline/suggestions").request().get(JsonNode.class);

    assertEquals(TimelineSuggestionsResource.MAX_SUGGESTIONS, body.size());
  }

  @Test
  public void answersNotFoundForAnInvisiblePostmortem() {
    jira.issue("PM-2", 2L);

    assertEquals(404, target("postmortems/PM-2/timeline/suggestions").request().get().getStatus());
  }

  private void postmortemWith(List<TimelineEvent> timeline) {
    Postmortem snapshot =
        Postmortem.builder("PM-1", LocalDate.parse("2026-11-21"))
            .summary("s")
            .incidents(List.of(new Incident("INC-7", null, null)))
            .timeline(timeline)
            .build();
    when(reader.read(any())).thenReturn(snapshot);
  }

  private static Status status(String id, String name, String categoryKey) {
    StatusCategory category = mock(StatusCategory.class);
    when(category.getKey()).thenReturn(categoryKey);
    Status status = mock(Status.class);
    when(status.getId()).thenReturn(id);
    when(status.getName()).thenReturn(name);
    when(status.getStatusCategory()).thenReturn(category);
    STATUS_IDS.put(name, id);
    return status;
  }

  private static ChangeItemBean statusChange(String from, String to, Instant at) {
    ChangeItemBean change = mock(ChangeItemBean.class);
    when(change.getTo()).thenReturn(STATUS_IDS.get(to));
    when(change.getFromString()).thenReturn(from);
    when(change.getToString()).thenReturn(to);
    when(change.getCreated()).thenReturn(Timestamp.from(at));
    return change;
  }

  private Comment comment(String body, Instant at) {
    Comment comment = mock(Comment.class);
    ApplicationUser author = FakeJira.user("oncall");
    when(author.getDisplayName()).thenReturn("Oncall");
    when(comment.getBody()).thenReturn(body);
    when(comment.getCreated()).thenReturn(Date.from(at));
    when(comment.getAuthorApplicationUser()).thenReturn(author);
    return comment;
  }
}

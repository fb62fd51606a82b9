package io.postmortem.jira.dashboard;

import static io.postmortem.jira.testing.FakeJira.item;
import static io.postmortem.jira.testing.FakeJira.user;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.user.ApplicationUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.postmortem.core.postmortem.OwnershipConfirmation;
import io.postmortem.core.postmortem.Severity;
import io.postmortem.core.recurrence.RecurredItems.Recurrence;
import io.postmortem.jira.application.issue.InMemoryPostmortemRecords;
import io.postmortem.jira.application.issue.IssueAccess;
import io.postmortem.jira.rest.RestTestRuntime;
import io.postmortem.jira.storage.RecurrenceStore.RelatedMark;
import io.postmortem.jira.testing.FakeJira;
import io.postmortem.jira.testing.TestScope;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.test.JerseyTest;
import org.glassfish.jersey.test.TestProperties;
import org.junit.Test;

public class RemediationItemsResourceTest extends JerseyTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  private FakeJira jira;
  private FakeJira stubs;
  private InMemoryPostmortemRecords records;
  private ApplicationUser caller;
  private Issue pm1;
  private final List<RelatedMark> verdicts = new ArrayList<>();

  @Override
  protected Application configure() {
    set(TestProperties.CONTAINER_PORT, "0");
    try {
      jira = new FakeJira();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    records = new InMemoryPostmortemRecords();
    stubs = new FakeJira();
    caller = stubs.logIn("carol");
    stubs.issue("PM-1", 500);
    stubs.grant("carol", ProjectPermissions.BROWSE_PROJECTS, "PM-1");
    stubs.issue("PM-9", 509);
    Issue incident = FakeJira.item(900, "INC-7", "Outage", null, null, TODAY, null);
    TestScope scope = new TestScope(Map.of(900L, Severity.SEV_1));
    pm1 = jira.postmortem(500, "PM-1", "pat", incident);
    RemediationItemsService service =
        jira.service(records, scope, TODAY, (since, cap) -> List.copyOf(verdicts));
    IssueAccess access =
        new IssueAccess(stubs.issueManager, stubs.permissions, stubs.authenticationContext);
    return RestTestRuntime.application(stubs, new RemediationItemsResource(access, service));
  }

  @Test
  public void listsTheDoneItemsALaterIncidentRecurredNamingTheLaterPostmortem() throws Exception {
    Instant marked = Instant.parse("2026-11-20T10:00:00Z");
    verdicts.add(new RelatedMark(900L, "INC-7", new Recurrence(600L, marked)));
    jira.issue("INC-7", 900);
    jira.issue("PM-20", 600);
    Issue done =
        item(5, "OPS-5", "Add retry budget", null, TODAY.minusDays(40), TODAY.minusDays(60), pm1);
    jira.answering("linkedIssues(\"INC-7\")", List.of(pm1))
        .answering("resolution is not EMPTY", List.of(done))
        .withCounts(jql -> jql.contains("resolution is not EMPTY") ? 1L : 0L);

    JsonNode body =
        json(target("remediation-items").queryParam("recurred", "true").request().get());

    assertEquals(1, body.get("total").asInt());
    assertEquals(1, body.get("totals").get("recurred").asLong());
    JsonNode row = body.get("items").get(0);
    assertEquals("OPS-5", row.get("key").asText());
    assertTrue(row.get("recurred").asBoolean());
    assertEquals("recurred", row.get("primaryState").asText());
    assertEquals("PM-20 Summary of PM-20", row.get("recurredIn").asText());
    assertEquals("PM-1", row.get("postmortemKey").asText());
    String cutOff =
        java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm")
            .format(marked.atZone(java.time.ZoneId.systemDefault()));
    assertTrue(
        jira.parsedJql.stream()
            .anyMatch(
                jql ->
                    jql.contains("resolution is not EMPTY")
                        && jql.contains("created <= \"" + cutOff + "\"")
                        && jql.contains("parent = \"PM-1\"")
                        && jql.endsWith("ORDER BY resolved DESC, key ASC")));
  }

  @Test
  public void aRecurrenceTheViewerMayNotBrowseIsNotNamed() throws Exception {
    verdicts.add(
        new RelatedMark(
            900L, "INC-7", new Recurrence(600L, Instant.parse("2026-11-20T10:00:00Z"))));
    Issue done =
        item(5, "OPS-5", "Add retry budget", null, TODAY.minusDays(40), TODAY.minusDays(60), pm1);
    jira.issue("INC-7", 900);
    jira.issue("PM-20", 600);
    jira.hidden.add("PM-20");
    jira.answering("linkedIssues(\"INC-7\")", List.of(pm1))
        .answering("resolution is not EMPTY", List.of(done));

    JsonNode body =
        json(target("remediation-items").queryParam("recurred", "true").request().get());

    JsonNode row = body.get("items").get(0);
    assertTrue(row.get("recurred").asBoolean());
    assertTrue(row.get("recurredIn").isNull());
  }

  @Test
  public void aMarkedIncidentTheViewerMayNotBrowseNeverReachesTheQuery() throws Exception {
    verdicts.add(
        new RelatedMark(
            900L, "INC-7", new Recurrence(600L, Instant.parse("2026-11-20T10:00:00Z"))));
    jira.issue("INC-7", 900);
    jira.hidden.add("INC-7");

    Response response = target("remediation-items").request().get();

    assertEquals(200, response.getStatus());
    assertEquals(0, json(response).get("totals").get("recurred").asLong());
    assertFalse(jira.parsedJql.stream().anyMatch(jql -> jql.contains("INC-7")));
  }

  @Test
  public void withoutRecurrencesTheRecurredCountIsZeroAndNoItemSearchRuns() throws Exception {
    JsonNode open = json(target("remediation-items").request().get());
    JsonNode recurred =
        json(target("remediation-items").queryParam("recurred", "true").request().get());

    assertEquals(0, open.get("totals").get("recurred").asLong());
    assertEquals(0, recurred.get("total").asInt());
    assertEquals(0, recurred.get("items").size());
    assertFalse(jira.parsedJql.stream().anyMatch(jql -> jql.contains("resolution is not EMPTY")));
  }

  @Test
  public void refusesARecurredFlagThatIsNeitherTrueNorFalse() throws Exception {
    Response response = target("remediation-items").queryParam("recurred", "yes").request().get();

    assertEquals(400, response.getStatus());
    assertEquals("recurred", json(response).get("field").asText());
  }

  @Test
  public void listsOpenItemsMostUrgentFirstWithStatesAgeAndPostmortem() throws Exception {
    ApplicationUser alice = user("alice", "Alice Adams");
    Issue onTrack =
        item(
            1,
            "OPS-1",
            "Add alert",
            alice,
            TODAY.plusDays(30),
            TODAY.minusDays(2),
            pm1,
            "Payments");
    Issue overdue =
        item(2, "OPS-2", "Fix retry storm", alice, TODAY.minusDays(4), TODAY.minusDays(20), pm1);
    Issue unowned =
        item(3, "OPS-3", "Write runbook", null, TODAY.plusDays(3), TODAY.minusDays(1), pm1);
    jira.open(List.of(onTrack, overdue, unowned))
        .scheduled(onTrack)
        .scheduled(overdue)
        .scheduled(unowned);
    records.confirm(1, new OwnershipConfirmation("alice", Instant.now(), TODAY.plusDays(30)));
    records.confirm(2, new OwnershipConfirmation("alice", Instant.now(), TODAY.minusDays(4)));

    JsonNode body = json(target("remediation-items").request().get());

    JsonNode items = body.get("items");
    assertEquals(3, items.size());
    assertEquals("OPS-2", items.get(0).get("key").asText());
    assertEquals("overdue", items.get(0).get("primaryState").asText());
    assertEquals(-4, items.get(0).get("daysUntilDue").asLong());
    assertEquals(20, items.get(0).get("ageDays").asLong());
    assertEquals("PM-1", items.get(0).get("postmortemKey").asText());
    assertEquals("SEV_1", items.get(0).get("severity").asText());
    assertEquals("Alice Adams", items.get(0).get("ownerName").asText());
    assertEquals("/browse/OPS-2", items.get(0).get("url").asText());
    assertEquals("OPS-3", items.get(1).get("key").asText());
    assertEquals("[\"no-confirmed-owner\",\"due-soon\"]", items.get(1).get("states").toString());
    assertEquals("OPS-1", items.get(2).get("key").asText());
    assertEquals("on-track", items.get(2).get("primaryState").asText());
    assertEquals("[\"Payments\"]", items.get(2).get("teams").toString());
  }

  @Test
  public void showsAnItemOfAPostmortemTheCallerCannotBrowseWithoutItsKeyOrSeverity()
      throws Exception {
    Issue item = item(1, "OPS-1", "Add alert", null, TODAY.plusDays(30), TODAY.minusDays(2), pm1);
    jira.open(List.of(item));
    jira.hidden.add("PM-1");

    String body = target("remediation-items").request().get(String.class);
    JsonNode row = json(target("remediation-items").request().get()).get("items").get(0);

    assertEquals("OPS-1", row.get("key").asText());
    assertTrue(row.get("postmortemKey").isNull());
    assertEquals("NONE", row.get("severity").asText());
    assertFalse(body, body.contains("PM-1"));
  }

  @Test
  public void totalsComeFromOneIndexCountPerStateNotFromThePage() throws Exception {
    jira.withTotal(12_345).withCounts(jql -> jql.endsWith("duedate < startOfDay()") ? 4_321L : 7L);

    JsonNode body = json(target("remediation-items").request().get());

    assertEquals(12_345, body.get("total").asInt());
    assertEquals(4_321, body.get("totals").get("overdue").asLong());
    assertEquals(7, body.get("totals").get("due-soon").asLong());
    // Six states and "recurred", which costs no count while no later incident recurred anything.
    assertEquals(7, body.get("totals").size());
    assertEquals(0, body.get("totals").get("recurred").asLong());
    verify(jira.searchService, org.mockito.Mockito.times(6)).searchCount(eq(caller), any());
  }

  @Test
  public void searchesAsTheCallerOnlyTheAskedPageNeverUnlimited() throws Exception {
    json(
        target("remediation-items")
            .queryParam("page", "2")
            .queryParam("size", "25")
            .request()
            .get());

    verify(jira.searchService).search(eq(caller), any(), any());
    assertEquals(50, jira.pagers.get(0).getStart());
    assertEquals(25, jira.pagers.get(0).getMax());
  }

  @Test
  public void narrowsBySavedFilterProjectsTeamOwnerPostmortemAndState() throws Exception {
    target("remediation-items")
        .queryParam("project", "OPS", "PAY")
        .queryParam("filter", "10400")
        .queryParam("component", "Payments")
        .queryParam("owner", "alice")
        .queryParam("postmortem", "PM-1")
        .queryParam("state", "overdue", "no-due-date")
        .request()
        .get()
        .close();

    String pageJql = jira.parsedJql.get(0);
    assertEquals(
        "(issuetype = 10101) AND resolution is EMPTY AND project in (\"OPS\", \"PAY\")"
            + " AND filter = 10400 AND component = \"Payments\" AND assignee = \"alice\""
            + " AND issue in remediationItemsOf(\"PM-1\")"
            + " AND (duedate < startOfDay() OR duedate is EMPTY) ORDER BY duedate ASC, key ASC",
        pageJql);
  }

  @Test
  public void quotesTeamNamesSoTheyCannotChangeTheQuery() throws Exception {
    target("remediation-items")
        .queryParam("component", "Pay\" OR project = SECRET")
        .request()
        .get()
        .close();

    assertTrue(jira.parsedJql.get(0).contains("component = \"Pay\\\" OR project = SECRET\""));
  }

  @Test
  public void rejectsPageSizeAboveOneHundredWithFieldAndLocalizedMessage() throws Exception {
    Response response = target("remediation-items").queryParam("size", "101").request().get();

    assertEquals(400, response.getStatus());
    JsonNode body = json(response);
    assertEquals("size", body.get("field").asText());
    assertEquals("postmortem.remediation.error.size", body.get("message").asText());
    verify(jira.searchService, never()).search(any(), any(), any());
  }

  @Test
  public void answers404ForAPostmortemTheCallerCannotSee() throws Exception {
    Response response =
        target("remediation-items").queryParam("postmortem", "PM-9").request().get();

    assertEquals(404, response.getStatus());
    verify(jira.searchService, never()).search(any(), any(), any());
  }

  @Test
  public void answers401WithoutALoggedInUser() throws Exception {
    when(stubs.authenticationContext.getLoggedInUser()).thenReturn(null);

    assertEquals(401, target("remediation-items").request().get().getStatus());
  }

  @Test
  public void rejectsUnknownState() throws Exception {
    Response response = target("remediation-items").queryParam("state", "late").request().get();

    assertEquals(400, response.getStatus());
    assertEquals("state", json(response).get("field").asText());
  }

  @Test
  public void rejectsMalformedPostmortemKeyAndFilterId() throws Exception {
    assertEquals(
        "postmortem",
        json(target("remediation-items").queryParam("postmortem", "PM-1\") OR (x").request().get())
            .get("field")
            .asText());
    assertEquals(
        "filter",
        json(target("remediation-items").queryParam("filter", "mine").request().get())
            .get("field")
            .asText());
  }

  @Test
  public void answersQueriesJiraRejectsWith400NotAStackTrace() throws Exception {
    jira.rejectingQueries();

    Response response = target("remediation-items").queryParam("project", "NOPE").request().get();

    assertEquals(400, response.getStatus());
    JsonNode body = json(response);
    assertEquals("postmortem.remediation.error.search", body.get("message").asText());
    assertFalse(body.toString().contains("Exception"));
  }

  @Test
  public void emptyResultHasZeroTotalsAndNoItems() throws Exception {
    JsonNode body = json(target("remediation-items").request().get());

    assertEquals(0, body.get("items").size());
    assertEquals(0, body.get("totals").get("on-track").asLong());
    assertEquals(0, records.confirmationReads());
  }

  private static JsonNode json(Response response) throws Exception {
    return new ObjectMapper().readTree(response.readEntity(String.class));
  }
}

package io.postmortem.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.core.postmortem.OwnershipConfirmation;
import io.postmortem.jira.application.checklist.ReaderTexts;
import io.postmortem.jira.application.issue.IssueAccess;
import io.postmortem.jira.application.issue.JiraTime;
import io.postmortem.jira.storage.DueDateProposal;
import io.postmortem.jira.storage.OwnershipStore;
import io.postmortem.jira.testing.BundleI18nHelper;
import io.postmortem.jira.testing.FakeJira;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.Test;

public class OwnershipResourceTest extends JerseyTest {

  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
  private static final LocalDate DUE = LocalDate.parse("2026-12-15");
  private FakeJira jira;
  private OwnershipStore store;
  private MutableIssue item;
  private TimeZoneManager zones;
  private MovableClock clock;
  private PluginSettings globalSettings;
  private UserManager users;

  @Override
  protected Application configure() {
    jira = new FakeJira();
    users = mock(UserManager.class);
    store = mock(OwnershipStore.class);
    zones = mock(TimeZoneManager.class);
    clock = new MovableClock();
    IssueAccess access =
        new IssueAccess(jira.issueManager, jira.permissions, jira.authenticationContext);
    PluginSettingsFactory settingsFactory = mock(PluginSettingsFactory.class);
    globalSettings = mock(PluginSettings.class);
    when(settingsFactory.createGlobalSettings()).thenReturn(globalSettings);
    return RestTestRuntime.application(
        jira,
        new OwnershipResource(
            access,
            store,
            new JiraTime(zones, clock),
            new DateHorizon(settingsFactory),
            new ReaderTexts(users).texts(jira.authenticationContext)));
  }

  @Override
  public void setUp() throws Exception {
    super.setUp();
    item = jira.issue("OPS-7", 70L);
    when(item.getDueDate()).thenReturn(Timestamp.valueOf(DUE.atStartOfDay()));
    when(store.confirmations(any())).thenReturn(Map.of());
    when(store.openProposals(any())).thenReturn(Map.of());
    when(zones.getDefaultTimezone()).thenReturn(TimeZone.getTimeZone("UTC"));
    clock.now = NOW;
  }

  @Test
  public void confirmsOwnershipForTheAssigneeAtTheDueDateTheySaw() {
    assign("bob");
    jira.logIn("bob");

    Response response = post("action-items/OPS-7/ownership", "{\"dueDate\":\"2026-12-15\"}");

    assertEquals(200, response.getStatus());
    assertEquals(MediaType.APPLICATION_JSON_TYPE, response.getMediaType());
    verify(store).confirm(70L, "bob", DUE, NOW);
  }

  @Test
  public void rejectsOwnershipConfirmationFromNonAssignee() {
    assign("bob");
    jira.logIn("mallory");
    jira.grant("mallory", ProjectPermissions.BROWSE_PROJECTS, "OPS-7");

    Response response = post("action-items/OPS-7/ownership", "{\"dueDate\":\"2026-12-15\"}");

    assertEquals(403, response.getStatus());
    assertEquals(
        "postmortem.rest.error.not-assignee",
        response.readEntity(JsonNode.class).get("message").asText());
    verify(store, never()).confirm(anyLong(), anyString(), any(), any());
  }

  @Test
  public void refusesToConfirmADueDateThatChangedSinceTheAssigneeSawIt() {
    assign("bob");
    jira.logIn("bob");

    Response response = post("action-items/OPS-7/ownership", "{\"dueDate\":\"2026-12-01\"}");

    assertEquals(409, response.getStatus());
    assertEquals(
        "postmortem.rest.error.due-changed[2026-12-15]",
        response.readEntity(JsonNode.class).get("message").asText());
  }

  @Test
  public void answersNotFoundForAnItemTheCallerCannotSee() {
    com.atlassian.jira.user.ApplicationUser bob = jira.logIn("bob");
    when(item.getAssignee()).thenReturn(bob);

    Response response = post("action-items/OPS-7/ownership", "{\"dueDate\":\"2026-12-15\"}");

    assertEquals(404, response.getStatus());
  }

  @Test
  public void refusesAConfirmationWithoutBody() {
    assign("bob");
    jira.logIn("bob");

    Response response =
        target("action-items/OPS-7/ownership")
            .request()
            .post(Entity.entity("", MediaType.APPLICATION_JSON));

    assertEquals(400, response.getStatus());
    assertEquals("body", response.readEntity(JsonNode.class).get("field").asText());
  }

  @Test
  public void showsWhetherTheConfirmationHoldsAndTheOpenProposals() {
    assign("bob");
    jira.logIn("bob");
    when(store.confirmations(List.of(70L)))
        .thenReturn(Map.of(70L, new OwnershipConfirmation("bob", NOW, DUE)));
    when(store.openProposals(List.of(70L)))
        .thenReturn(
            Map.of(
                70L,
                List.of(
                    new DueDateProposal(
                        3,
                        70L,
                        "bob",
                        DUE.plusDays(14),
                        "freeze",
                        NOW,
                        DueDateProposal.Status.OPEN))));

    JsonNode body = target("action-items/OPS-7/ownership").request().get(JsonNode.class);

    assertEquals(true, body.get("confirmed").asBoolean());
    assertEquals("2026-12-15", body.get("agreedDueDate").asText());
    assertEquals("2026-12-29", body.get("proposals").get(0).get("dueDate").asText());
  }

  @Test
  public void namesWhoConfirmedAndWhoProposedBesideTheirUserKeysMarkingADeletedUser() {
    assign("JIRAUSER10100");
    jira.logIn("JIRAUSER10100");
    ApplicationUser bobUser = FakeJira.user("JIRAUSER10100", "Bob Meyer");
    when(users.getUserByKey("JIRAUSER10100")).thenReturn(bobUser);
    when(jira.authenticationContext.getI18nHelper())
        .thenReturn(BundleI18nHelper.forLocale(Locale.ENGLISH));
    when(store.confirmations(List.of(70L)))
        .thenReturn(Map.of(70L, new OwnershipConfirmation("JIRAUSER10100", NOW, DUE)));
    when(store.openProposals(List.of(70L)))
        .thenReturn(
            Map.of(
                70L,
                List.of(
                    new DueDateProposal(
                        3,
                        70L,
                        "JIRAUSER10999",
                        DUE.plusDays(14),
                        "",
                        NOW,
                        DueDateProposal.Status.OPEN))));

    JsonNode body = target("action-items/OPS-7/ownership").request().get(JsonNode.class);

    assertEquals("JIRAUSER10100", body.get("confirmedBy").asText());
    assertEquals("Bob Meyer", body.get("confirmedByName").asText());
    JsonNode proposal = body.get("proposals").get(0);
    assertEquals("JIRAUSER10999", proposal.get("proposedBy").asText());
    assertEquals("JIRAUSER10999 (deleted user)", proposal.get("proposedByName").asText());
  }

  @Test
  public void withdrawsTheAssigneesConfirmation() {
    assign("bob");
    jira.logIn("bob");

    Response response = target("action-items/OPS-7/ownership").request().delete();

    assertEquals(204, response.getStatus());
    verify(store).withdraw(70L);
  }

  @Test
  public void recordsACounterProposalWithItsComment() {
    assign("bob");
    jira.logIn("bob");
    when(store.propose(70L, "bob", LocalDate.parse("2027-01-10"), "after the freeze", NOW))
        .thenReturn(
            new DueDateProposal(
                9,
                70L,
                "bob",
                LocalDate.parse("2027-01-10"),
                "after the freeze",
                NOW,
                DueDateProposal.Status.OPEN));

    Response response =
        post(
            "action-items/OPS-7/ownership/counter-proposal",
            "{\"dueDate\":\"2027-01-10\",\"comment\":\"  after the freeze \"}");

    assertEquals(201, response.getStatus());
    JsonNode body = response.readEntity(JsonNode.class);
    assertEquals(9, body.get("id").asInt());
    assertEquals("after the freeze", body.get("comment").asText());
  }

  @Test
  public void refusesACounterProposalInThePast() {
    assign("bob");
    jira.logIn("bob");

    Response response =
        post("action-items/OPS-7/ownership/counter-proposal", "{\"dueDate\":\"2026-11-26\"}");

    assertEquals(400, response.getStatus());
    assertEquals("dueDate", response.readEntity(JsonNode.class).get("field").asText());
    verify(store, never()).propose(anyLong(), anyString(), any(), any(), any());
  }

  @Test
  public void acceptsACounterProposalForTodayInJirasZoneWhileUtcIsAlreadyTomorrow() {
    assign("bob");
    jira.logIn("bob");
    inJirasZone("America/New_York", "2026-11-27T01:30:00Z"); // 20:30 on the 26th in New York
    LocalDate newYorkToday = LocalDate.parse("2026-11-26");
    when(store.propose(70L, "bob", newYorkToday, "", clock.now))
        .thenReturn(
            new DueDateProposal(
                11, 70L, "bob", newYorkToday, "", clock.now, DueDateProposal.Status.OPEN));

    Response response =
        post("action-items/OPS-7/ownership/counter-proposal", "{\"dueDate\":\"2026-11-26\"}");

    assertEquals(201, response.getStatus());
    verify(store).propose(70L, "bob", newYorkToday, "", clock.now);
  }

  @Test
  public void refusesACounterProposalForYesterdayInBerlinAtHalfPastMidnight() {
    assign("bob");
    jira.logIn("bob");
    inJirasZone("Europe/Berlin", "2026-11-26T23:30:00Z"); // 00:30 on the 27th in Berlin

    Response response =
        post("action-items/OPS-7/ownership/counter-proposal", "{\"dueDate\":\"2026-11-26\"}");

    assertEquals(400, response.getStatus());
    assertEquals("dueDate", response.readEntity(JsonNode.class).get("field").asText());
    verify(store, never()).propose(anyLong(), anyString(), any(), any(), any());
  }

  @Test
  public void refusesAnOversizedCounterProposalComment() {
    assign("bob");
    jira.logIn("bob");

    Response response =
        post(
            "action-items/OPS-7/ownership/counter-proposal",
            "{\"dueDate\":\"2027-01-10\",\"comment\":\"" + "x".repeat(4001) + "\"}");

    assertEquals(400, response.getStatus());
    assertEquals(
        "postmortem.rest.error.too-long[comment,4000]",
        response.readEntity(JsonNode.class).get("message").asText());
  }

  @Test
  public void refusesACounterProposalWithoutDate() {
    assign("bob");
    jira.logIn("bob");

    Response response =
        post("action-items/OPS-7/ownership/counter-proposal", "{\"comment\":\"soon\"}");

    assertEquals(400, response.getStatus());
    assertEquals("dueDate", response.readEntity(JsonNode.class).get("field").asText());
  }

  private void assign(String userKey) {
    com.atlassian.jira.user.ApplicationUser assignee = FakeJira.user(userKey);
    when(item.getAssignee()).thenReturn(assignee);
    jira.grant(userKey, ProjectPermissions.BROWSE_PROJECTS, "OPS-7");
  }

  private Response post(String path, String json) {
    return target(path).request().post(Entity.entity(json, MediaType.APPLICATION_JSON));
  }

  private void inJirasZone(String zone, String instant) {
    when(zones.getDefaultTimezone()).thenReturn(TimeZone.getTimeZone(ZoneId.of(zone)));
    clock.now = Instant.parse(instant);
  }

  /** A clock the tests move; JiraTime reads it on every call. */
  private static final class MovableClock extends Clock {
    private Instant now = NOW;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  public void refusesACounterProposalBeyondTheHorizonNamingTheLatestDateAndStoresNothing() {
    assign("bob");
    jira.logIn("bob");

    Response response = propose("{\"dueDate\":\"9999-12-31\",\"comment\":\"later\"}");

    assertEquals(400, response.getStatus());
    JsonNode body = response.readEntity(JsonNode.class);
    assertEquals("dueDate", body.get("field").asText());
    assertTrue(body.get("message").asText(), body.get("message").asText().contains("27/Nov/27"));
    verify(store, never()).propose(anyLong(), anyString(), any(), anyString(), any());
  }

  @Test
  public void theProposalHorizonIsConfigurable() {
    assign("bob");
    jira.logIn("bob");
    when(globalSettings.get("io.postmortem.input.dateHorizonDays")).thenReturn("30");

    Response beyond = propose("{\"dueDate\":\"2026-12-28\"}");

    assertEquals(400, beyond.getStatus());
    assertTrue(beyond.readEntity(JsonNode.class).get("message").asText().contains("27/Dec/26"));
  }

  @Test
  public void refusesACommentWithAControlCharacter() {
    assign("bob");
    jira.logIn("bob");

    Response response =
        propose("{\"dueDate\":\"2027-01-10\",\"comment\":\"after\\u0000the freeze\"}");

    assertEquals(400, response.getStatus());
    assertEquals("comment", response.readEntity(JsonNode.class).get("field").asText());
    verify(store, never()).propose(anyLong(), anyString(), any(), anyString(), any());
  }

  private Response propose(String json) {
    return target("action-items/OPS-7/ownership/counter-proposal")
        .request()
        .post(jakarta.ws.rs.client.Entity.entity(json, MediaType.APPLICATION_JSON));
  }
}

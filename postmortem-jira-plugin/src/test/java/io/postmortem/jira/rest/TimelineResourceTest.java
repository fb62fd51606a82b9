package io.postmortem.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.core.postmortem.TimelineEvent;
import io.postmortem.core.postmortem.TimelineEventKind;
import io.postmortem.jira.application.issue.IssueAccess;
import io.postmortem.jira.application.issue.JiraTime;
import io.postmortem.jira.storage.TimelineStore;
import io.postmortem.jira.testing.FakeJira;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.Test;

public class TimelineResourceTest extends JerseyTest {

  private static final Instant AT = Instant.parse("2026-11-20T08:15:00Z");
  private FakeJira jira;
  private TimelineStore store;

  @Override
  protected Application configure() {
    jira = new FakeJira();
    store = mock(TimelineStore.class);
    return RestTestRuntime.application(
        jira,
        new TimelineResource(
            new IssueAccess(jira.issueManager, jira.permissions, jira.authenticationContext),
            store,
            new JiraTime(
                mock(TimeZoneManager.class),
                Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC))));
  }

  @Override
  public void setUp() throws Exception {
    super.setUp();
    jira.issue("PM-1", 1L);
    when(store.add(anyLong(), any(), anyString()))
        .thenAnswer(
            call -> {
              TimelineEvent e = call.getArgument(1);
              return new TimelineEvent(42L, e.at(), e.kind(), e.text(), e.sourceUrl());
            });
  }

  @Test
  public void listsEventsAsJson() {
    viewer();
    when(store.forPostmortem(1L))
        .thenReturn(
            List.of(new TimelineEvent(7L, AT, TimelineEventKind.DETECTED, "Alert fired", null)));

    Response response = target("postmortems/PM-1/timeline").request().get();

    assertEquals(200, response.getStatus());
    JsonNode event = response.readEntity(JsonNode.class).get(0);
    assertEquals(7, event.get("id").asInt());
    assertEquals("2026-11-20T08:15:00Z", event.get("at").asText());
    assertEquals("DETECTED", event.get("kind").asText());
  }

  @Test
  public void addsAnEventForAnEditor() {
    editor();

    Response response =
        post(
            "{\"at\":\"2026-11-20T09:15:00+01:00\",\"kind\":\"mitigated\",\"text\":\"Rolled back\","
                + "\"sourceUrl\":\"https://grafana.example.com/d/1\"}");

    assertEquals(201, response.getStatus());
    assertEquals(42, response.readEntity(JsonNode.class).get("id").asInt());
    verify(store)
        .add(
            1L,
            new TimelineEvent(
                null,
                AT,
                TimelineEventKind.MITIGATED,
                "Rolled back",
                "https://grafana.example.com/d/1"),
            "ed");
  }

  @Test
  public void refusesChangesFromAReader() {
    viewer();

    Response response = post("{\"at\":\"2026-11-20T08:15:00Z\",\"kind\":\"OTHER\",\"text\":\"x\"}");

    assertEquals(403, response.getStatus());
    verify(store, never()).add(anyLong(), any(), anyString());
  }

  @Test
  public void refusesATimeWithoutOffset() {
    editor();

    Response response = post("{\"at\":\"2026-11-20 08:15\",\"kind\":\"OTHER\",\"text\":\"x\"}");

    assertEquals(400, response.getStatus());
    assertEquals("at", response.readEntity(JsonNode.class).get("field").asText());
  }

  @Test
  public void refusesAnUnknownKindNamingTheChoices() {
    editor();

    Response response = post("{\"at\":\"2026-11-20T08:15:00Z\",\"kind\":\"PANIC\",\"text\":\"x\"}");

    assertEquals(400, response.getStatus());
    JsonNode body = response.readEntity(JsonNode.class);
    assertEquals("kind", body.get("field").asText());
    assertEquals(
        "postmortem.rest.error.choice[kind,STARTED,DETECTED,ESCALATED,MITIGATED,RESOLVED,OTHER]",
        body.get("message").asText());
  }

  @Test
  public void refusesAScriptLinkAsSource() {
    editor();

    Response response =
        post(
            "{\"at\":\"2026-11-20T08:15:00Z\",\"kind\":\"OTHER\",\"text\":\"x\","
                + "\"sourceUrl\":\"javascript:alert(1)\"}");

    assertEquals(400, response.getStatus());
    assertEquals("sourceUrl", response.readEntity(JsonNode.class).get("field").asText());
  }

  @Test
  public void refusesOversizedText() {
    editor();

    Response response =
        post(
            "{\"at\":\"2026-11-20T08:15:00Z\",\"kind\":\"OTHER\",\"text\":\""
                + "x".repeat(RequestFields.TEXT_MAX + 1)
                + "\"}");

    assertEquals(400, response.getStatus());
    assertEquals("text", response.readEntity(JsonNode.class).get("field").asText());
  }

  @Test
  public void answersNotFoundWhenUpdatingAnEventThePostmortemDoesNotHave() {
    editor();
    when(store.update(eq(1L), eq(99L), any())).thenReturn(Optional.empty());

    Response response =
        target("postmortems/PM-1/timeline/99")
            .request()
            .put(
                Entity.entity(
                    "{\"at\":\"2026-11-20T08:15:00Z\",\"kind\":\"OTHER\",\"text\":\"x\"}",
                    MediaType.APPLICATION_JSON));

    assertEquals(404, response.getStatus());
  }

  @Test
  public void deletesAnEvent() {
    editor();
    when(store.delete(1L, 7L)).thenReturn(true);

    assertEquals(204, target("postmortems/PM-1/timeline/7").request().delete().getStatus());
  }

  @Test
  public void answersNotFoundForANonNumericEventId() {
    editor();

    assertEquals(404, target("postmortems/PM-1/timeline/abc").request().delete().getStatus());
  }

  private void viewer() {
    jira.logIn("viv");
    jira.grant("viv", ProjectPermissions.BROWSE_PROJECTS, "PM-1");
  }

  private void editor() {
    jira.logIn("ed");
    jira.grant("ed", ProjectPermissions.BROWSE_PROJECTS, "PM-1");
    jira.grant("ed", ProjectPermissions.EDIT_ISSUES, "PM-1");
  }

  private Response post(String json) {
    return target("postmortems/PM-1/timeline")
        .request()
        .post(Entity.entity(json, MediaType.APPLICATION_JSON));
  }

  @Test
  public void refusesAnInstantThreeHundredMillionYearsAheadWithA400AndStoresNothing() {
    editor();

    Response response =
        post("{\"at\":\"+300000000-01-01T00:00:00Z\",\"kind\":\"DETECTED\",\"text\":\"x\"}");

    assertEquals(400, response.getStatus());
    JsonNode body = response.readEntity(JsonNode.class);
    assertEquals("at", body.get("field").asText());
    assertTrue(body.get("message").asText(), body.get("message").asText().contains("100"));
    verify(store, never()).add(anyLong(), any(), anyString());
  }

  @Test
  public void acceptsAnInstantJustWithinAHundredYears() {
    editor();

    Response response =
        post("{\"at\":\"2126-11-27T09:00:00Z\",\"kind\":\"DETECTED\",\"text\":\"x\"}");

    assertEquals(201, response.getStatus());
  }

  @Test
  public void refusesAnInstantJustBeyondAHundredYearsAndStoresNothing() {
    editor();

    Response response =
        post("{\"at\":\"2126-11-27T11:00:00Z\",\"kind\":\"DETECTED\",\"text\":\"x\"}");

    assertEquals(400, response.getStatus());
    assertEquals("at", response.readEntity(JsonNode.class).get("field").asText());
    verify(store, never()).add(anyLong(), any(), anyString());
  }

  @Test
  public void refusesTextWithANulCharacterAndStoresNothing() {
    editor();

    Response response =
        post(
            "{\"at\":\"2026-11-20T08:15:00Z\",\"kind\":\"DETECTED\","
                + "\"text\":\"Alert\\u0000fired\"}");

    assertEquals(400, response.getStatus());
    assertEquals("text", response.readEntity(JsonNode.class).get("field").asText());
    verify(store, never()).add(anyLong(), any(), anyString());
  }
}

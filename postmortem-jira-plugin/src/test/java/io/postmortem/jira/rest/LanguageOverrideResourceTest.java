package io.postmortem.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.core.postmortem.LanguageOverride;
import io.postmortem.jira.application.issue.IssueAccess;
import io.postmortem.jira.application.issue.JiraTime;
import io.postmortem.jira.storage.LanguageOverrideStore;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.Test;

public class LanguageOverrideResourceTest extends JerseyTest {

  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
  private JiraStubs jira;
  private LanguageOverrideStore store;

  @Override
  protected Application configure() {
    jira = new JiraStubs();
    store = mock(LanguageOverrideStore.class);
    return RestTestRuntime.application(
        jira,
        new LanguageOverrideResource(
            new IssueAccess(jira.issueManager, jira.permissionManager, jira.authenticationContext),
            store,
            new JiraTime(mock(TimeZoneManager.class), Clock.fixed(NOW, ZoneOffset.UTC))));
  }

  @Override
  public void setUp() throws Exception {
    super.setUp();
    jira.issue("PM-1", 1L);
    jira.logIn("ed");
    jira.grant("ed", ProjectPermissions.BROWSE_PROJECTS, "PM-1");
  }

  @Test
  public void keepsAPhraseWithItsReason() {
    jira.grant("ed", ProjectPermissions.EDIT_ISSUES, "PM-1");
    when(store.keep(1L, "root_causes:abc", "Quoted from the vendor", "ed", NOW))
        .thenReturn(new LanguageOverride("root_causes:abc", "Quoted from the vendor", "ed", NOW));

    Response response =
        post("{\"fingerprint\":\"root_causes:abc\",\"reason\":\"Quoted from the vendor\"}");

    assertEquals(201, response.getStatus());
    assertEquals("ed", response.readEntity(JsonNode.class).get("keptBy").asText());
  }

  @Test
  public void refusesAnOverrideWithoutReason() {
    jira.grant("ed", ProjectPermissions.EDIT_ISSUES, "PM-1");

    Response response = post("{\"fingerprint\":\"root_causes:abc\"}");

    assertEquals(400, response.getStatus());
    assertEquals("reason", response.readEntity(JsonNode.class).get("field").asText());
  }

  @Test
  public void refusesAnOverrideFromAReader() {
    Response response = post("{\"fingerprint\":\"f\",\"reason\":\"r\"}");

    assertEquals(403, response.getStatus());
    verify(store, never()).keep(anyLong(), anyString(), anyString(), anyString(), any());
  }

  private Response post(String json) {
    return target("postmortems/PM-1/language-overrides")
        .request()
        .post(Entity.entity(json, MediaType.APPLICATION_JSON));
  }
}

package io.postmortem.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.core.recurrence.SuggestedRecurrence;
import io.postmortem.core.recurrence.Verdict;
import io.postmortem.jira.application.issue.InMemoryPostmortemRecords;
import io.postmortem.jira.application.issue.IssueAccess;
import io.postmortem.jira.application.issue.IssueVisibility;
import io.postmortem.jira.application.issue.JiraTime;
import io.postmortem.jira.application.issue.PostmortemConfiguration;
import io.postmortem.jira.application.issue.PostmortemReader;
import io.postmortem.jira.application.recurrence.CandidateSearch;
import io.postmortem.jira.application.recurrence.EarlierRemediation;
import io.postmortem.jira.application.recurrence.RecurrenceGuard;
import io.postmortem.jira.application.recurrence.RecurrenceLinkType;
import io.postmortem.jira.application.recurrence.RecurrenceLinks;
import io.postmortem.jira.application.recurrence.RecurrenceVerdicts;
import io.postmortem.jira.application.search.IssueSearch;
import io.postmortem.jira.storage.RecurrenceStore;
import io.postmortem.jira.testing.BundleI18nHelper;
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
import java.util.Locale;
import java.util.TimeZone;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.Test;

public class RecurrenceResourceTest extends JerseyTest {

  private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
  private static final long RECURRENCE_LINK = 10300L;
  private FakeJira jira;
  private RecurrenceStore store;
  private IssueLinkManager links;
  private ApplicationUser ed;

  @Override
  protected Application configure() {
    jira = new FakeJira();
    store = new RecurrenceStore(StoreDatabase.emptyH2());
    links = mock(IssueLinkManager.class);
    PluginSettingsFactory settingsFactory = mock(PluginSettingsFactory.class);
    PluginSettings settings = mock(PluginSettings.class);
    when(settingsFactory.createGlobalSettings()).thenReturn(settings);
    when(settings.get(anyString())).thenReturn(FakeJira.setUpMapping().toMap());
    when(settings.get("io.postmortem.jira.recurrence-link-type"))
        .thenReturn(String.valueOf(RECURRENCE_LINK));
    TimeZoneManager zones = mock(TimeZoneManager.class);
    when(zones.getDefaultTimezone()).thenReturn(TimeZone.getTimeZone("UTC"));
    JiraTime time = new JiraTime(zones, Clock.fixed(NOW, ZoneOffset.UTC));
    PostmortemConfiguration configuration =
        new PostmortemConfiguration(settingsFactory, mock(CustomFieldManager.class));
    PostmortemReader reader =
        new PostmortemReader(links, configuration, new InMemoryPostmortemRecords(), time);
    when(jira.authenticationContext.getI18nHelper())
        .thenReturn(BundleI18nHelper.forLocale(Locale.ENGLISH));
    RecurrenceGuard guard =
        new RecurrenceGuard(
            configuration,
            new CandidateSearch(new IssueSearch(mock(SearchService.class)), time),
            store,
            new IssueVisibility(jira.permissions),
            new EarlierRemediation(links));
    RecurrenceVerdicts verdicts =
        new RecurrenceVerdicts(
            store,
            new RecurrenceLinks(links, new RecurrenceLinkType(settingsFactory)),
            reader,
            time);
    return RestTestRuntime.application(
        jira,
        new RecurrenceResource(
            new IssueAccess(jira.issueManager, jira.permissions, jira.authenticationContext),
            reader,
            guard,
            verdicts));
  }

  @Override
  public void setUp() throws Exception {
    super.setUp();
    MutableIssue postmortem = jira.issue("PM-1", 1L);
    when(postmortem.getCreated()).thenReturn(Timestamp.from(NOW.minusSeconds(86_400)));
    jira.issue("PM-5", 5L);
    ed = jira.logIn("ed");
    jira.grant("ed", ProjectPermissions.BROWSE_PROJECTS, "PM-1", "PM-5");
    store.suggest(1L, List.of(new RecurrenceStore.Candidate(5L, "PM-5")));
  }

  @Test
  public void marksASuggestionRelatedAndLinksThePostmortemAsItsRecurrence() throws Exception {
    jira.grant("ed", ProjectPermissions.EDIT_ISSUES, "PM-1");

    Response response = put("PM-5", "{\"verdict\":\"related\"}");

    assertEquals(200, response.getStatus());
    JsonNode body = response.readEntity(JsonNode.class);
    assertEquals("RELATED", body.get("verdict").asText());
    assertEquals(true, body.get("linked").asBoolean());
    assertEquals(
        List.of(new SuggestedRecurrence("PM-5", Verdict.RELATED)), store.forPostmortem(1L));
    verify(links).createIssueLink(1L, 5L, RECURRENCE_LINK, null, ed);
  }

  @Test
  public void marksASuggestionUnrelatedWithoutLinkingAnything() throws Exception {
    jira.grant("ed", ProjectPermissions.EDIT_ISSUES, "PM-1");

    Response response = put("PM-5", "{\"verdict\":\"UNRELATED\"}");

    assertEquals(200, response.getStatus());
    assertEquals("UNRELATED", response.readEntity(JsonNode.class).get("verdict").asText());
    assertEquals(
        List.of(new SuggestedRecurrence("PM-5", Verdict.UNRELATED)), store.forPostmortem(1L));
    verify(links, never()).createIssueLink(anyLong(), anyLong(), anyLong(), any(), any());
  }

  @Test
  public void refusesAnUnknownVerdictWithALocalizedFieldErrorAndStoresNothing() {
    jira.grant("ed", ProjectPermissions.EDIT_ISSUES, "PM-1");

    Response response = put("PM-5", "{\"verdict\":\"maybe\"}");

    assertEquals(400, response.getStatus());
    JsonNode body = response.readEntity(JsonNode.class);
    assertEquals("verdict", body.get("field").asText());
    assertEquals(
        "The field \"verdict\" must be one of: UNMARKED, RELATED, UNRELATED.",
        body.get("message").asText());
    assertEquals(List.of(SuggestedRecurrence.unmarked("PM-5")), store.forPostmortem(1L));
  }

  @Test
  public void refusesAnIssueThatWasNeverSuggestedToThePostmortem() {
    jira.grant("ed", ProjectPermissions.EDIT_ISSUES, "PM-1");
    jira.issue("PM-6", 6L);
    jira.grant("ed", ProjectPermissions.BROWSE_PROJECTS, "PM-6");

    Response response = put("PM-6", "{\"verdict\":\"RELATED\"}");

    assertEquals(400, response.getStatus());
    JsonNode body = response.readEntity(JsonNode.class);
    assertEquals("candidate", body.get("field").asText());
    assertEquals(
        "PM-6 was not suggested as an earlier occurrence of this postmortem: reload the postmortem"
            + " to see the current suggestions.",
        body.get("message").asText());
  }

  @Test
  public void answersNotFoundForAnEarlierIssueTheCallerCannotSee() {
    jira.grant("ed", ProjectPermissions.EDIT_ISSUES, "PM-1");
    jira.issue("SEC-1", 7L);
    store.suggest(1L, List.of(new RecurrenceStore.Candidate(7L, "SEC-1")));

    Response response = put("SEC-1", "{\"verdict\":\"RELATED\"}");

    assertEquals(404, response.getStatus());
    assertEquals(List.of(SuggestedRecurrence.unmarked("SEC-1")), store.forPostmortem(1L));
  }

  @Test
  public void answersForbiddenToSomeoneWhoMayOnlyReadThePostmortem() {
    Response response = put("PM-5", "{\"verdict\":\"RELATED\"}");

    assertEquals(403, response.getStatus());
    assertEquals(List.of(SuggestedRecurrence.unmarked("PM-5")), store.forPostmortem(1L));
  }

  @Test
  public void acceptsOnlyJsonSoAFormOnAnotherSiteCannotMark() {
    jira.grant("ed", ProjectPermissions.EDIT_ISSUES, "PM-1");

    Response response =
        target("postmortems/PM-1/recurrences/PM-5")
            .request()
            .put(Entity.entity("verdict=RELATED", MediaType.APPLICATION_FORM_URLENCODED));

    assertEquals(415, response.getStatus());
    assertEquals(List.of(SuggestedRecurrence.unmarked("PM-5")), store.forPostmortem(1L));
  }

  @Test
  public void answersNotFoundForAPostmortemTheCallerCannotSee() {
    jira.issue("PM-8", 8L);

    assertEquals(404, target("postmortems/PM-8/recurrences").request().get().getStatus());
  }

  private Response put(String candidate, String json) {
    return target("postmortems/PM-1/recurrences/" + candidate)
        .request()
        .put(Entity.entity(json, MediaType.APPLICATION_JSON));
  }
}

package io.postmortem.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.core.postmortem.LanguageOverride;
import io.postmortem.jira.application.checklist.ChecklistView;
import io.postmortem.jira.application.checklist.LiveChecklist;
import io.postmortem.jira.application.checklist.ProjectChecklistSettings;
import io.postmortem.jira.application.checklist.ReaderTexts;
import io.postmortem.jira.application.issue.InMemoryPostmortemRecords;
import io.postmortem.jira.application.issue.IssueAccess;
import io.postmortem.jira.application.issue.IssueVisibility;
import io.postmortem.jira.application.issue.JiraTime;
import io.postmortem.jira.application.issue.PostmortemConfiguration;
import io.postmortem.jira.application.issue.PostmortemReader;
import io.postmortem.jira.storage.LanguageOverrideStore;
import io.postmortem.jira.storage.ProjectSettingsStore;
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
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.Test;

public class LanguageOverrideResourceTest extends JerseyTest {

  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
  private static final String ROOT_CAUSES = "customfield_10302";
  private final Map<String, CustomField> fields = new HashMap<>();
  private FakeJira jira;
  private LanguageOverrideStore store;
  private LiveChecklist checklist;
  private MutableIssue postmortem;
  private UserManager users;

  @Override
  protected Application configure() {
    jira = new FakeJira();
    users = mock(UserManager.class);
    store = mock(LanguageOverrideStore.class);
    ActiveObjects ao = StoreDatabase.emptyH2();
    PluginSettingsFactory settingsFactory = mock(PluginSettingsFactory.class);
    PluginSettings settings = mock(PluginSettings.class);
    when(settingsFactory.createGlobalSettings()).thenReturn(settings);
    when(settings.get(anyString())).thenReturn(FakeJira.setUpMapping().toMap());
    CustomFieldManager customFields = mock(CustomFieldManager.class);
    when(customFields.getCustomFieldObject(anyString()))
        .thenAnswer(call -> field(call.getArgument(0)));
    TimeZoneManager zones = mock(TimeZoneManager.class);
    when(zones.getDefaultTimezone()).thenReturn(TimeZone.getTimeZone("UTC"));
    JiraTime time = new JiraTime(zones, Clock.fixed(NOW, ZoneOffset.UTC));
    PostmortemReader reader =
        new PostmortemReader(
            mock(IssueLinkManager.class),
            new PostmortemConfiguration(settingsFactory, customFields),
            new InMemoryPostmortemRecords(),
            time);
    when(jira.authenticationContext.getI18nHelper())
        .thenReturn(BundleI18nHelper.forLocale(Locale.ENGLISH));
    checklist =
        new LiveChecklist(
            reader,
            time,
            jira.authenticationContext,
            new ProjectChecklistSettings(new ProjectSettingsStore(ao)),
            new IssueVisibility(jira.permissions),
            new ReaderTexts(users).texts(jira.authenticationContext));
    return RestTestRuntime.application(
        jira,
        new LanguageOverrideResource(
            new IssueAccess(jira.issueManager, jira.permissions, jira.authenticationContext),
            store,
            time,
            reader,
            checklist,
            new ReaderTexts(users).texts(jira.authenticationContext)));
  }

  @Override
  public void setUp() throws Exception {
    super.setUp();
    postmortem = jira.issue("PM-1", 1L);
    when(postmortem.getProjectId()).thenReturn(100L);
    when(postmortem.getCreated()).thenReturn(Timestamp.from(NOW.minusSeconds(86_400)));
    when(postmortem.getCustomFieldValue(field(ROOT_CAUSES)))
        .thenReturn("The on-call engineer made a human error during the deploy.");
    jira.logIn("ed");
    jira.grant("ed", ProjectPermissions.BROWSE_PROJECTS, "PM-1");
  }

  @Test
  public void keepsAPhraseTheChecklistFlaggedWithItsReason() {
    ApplicationUser edUser = FakeJira.user("ed", "Ed Editor");
    when(users.getUserByKey("ed")).thenReturn(edUser);
    jira.grant("ed", ProjectPermissions.EDIT_ISSUES, "PM-1");
    String fingerprint = flaggedFingerprint();
    when(store.keep(1L, fingerprint, "Quoted from the vendor", "ed", NOW))
        .thenReturn(new LanguageOverride(fingerprint, "Quoted from the vendor", "ed", NOW));

    Response response =
        post("{\"fingerprint\":\"" + fingerprint + "\",\"reason\":\"Quoted from the vendor\"}");

    assertEquals(201, response.getStatus());
    JsonNode body = response.readEntity(JsonNode.class);
    assertEquals("ed", body.get("keptBy").asText());
    assertEquals("Ed Editor", body.get("keptByName").asText());
  }

  @Test
  public void refusesAFingerprintThatIsNoFindingOfThisPostmortemAndStoresNothing() {
    jira.grant("ed", ProjectPermissions.EDIT_ISSUES, "PM-1");

    Response response = post("{\"fingerprint\":\"root_causes:made-up\",\"reason\":\"Because\"}");

    assertEquals(400, response.getStatus());
    JsonNode body = response.readEntity(JsonNode.class);
    assertEquals("fingerprint", body.get("field").asText());
    assertEquals(
        "This postmortem has no such language finding; reload the checklist and keep a phrase it"
            + " shows.",
        body.get("message").asText());
    verify(store, never()).keep(anyLong(), anyString(), anyString(), anyString(), any());
  }

  @Test
  public void refusesAReasonWithANulCharacterAndStoresNothing() {
    jira.grant("ed", ProjectPermissions.EDIT_ISSUES, "PM-1");

    Response response =
        post("{\"fingerprint\":\"" + flaggedFingerprint() + "\",\"reason\":\"Quoted\\u0000\"}");

    assertEquals(400, response.getStatus());
    assertEquals("reason", response.readEntity(JsonNode.class).get("field").asText());
    verify(store, never()).keep(anyLong(), anyString(), anyString(), anyString(), any());
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

  private String flaggedFingerprint() {
    String fingerprint =
        checklist.of(postmortem).rules().stream()
            .flatMap(rule -> rule.messages().stream())
            .map(ChecklistView.MessageView::fingerprint)
            .filter(f -> f != null)
            .findFirst()
            .orElse(null);
    assertNotNull("the checklist flags the root causes text", fingerprint);
    return fingerprint;
  }

  private CustomField field(String id) {
    return fields.computeIfAbsent(id, FakeJira::field);
  }

  private Response post(String json) {
    return target("postmortems/PM-1/language-overrides")
        .request()
        .post(Entity.entity(json, MediaType.APPLICATION_JSON));
  }
}

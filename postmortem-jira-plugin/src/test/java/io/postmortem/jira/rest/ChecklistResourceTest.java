package io.postmortem.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.core.checklist.ChecklistRule;
import io.postmortem.core.checklist.StandardChecklist;
import io.postmortem.jira.application.checklist.LiveChecklist;
import io.postmortem.jira.application.checklist.ProjectChecklistSettings;
import io.postmortem.jira.application.checklist.ReaderTexts;
import io.postmortem.jira.application.issue.InMemoryPostmortemRecords;
import io.postmortem.jira.application.issue.IssueAccess;
import io.postmortem.jira.application.issue.IssueVisibility;
import io.postmortem.jira.application.issue.JiraTime;
import io.postmortem.jira.application.issue.PostmortemConfiguration;
import io.postmortem.jira.application.issue.PostmortemReader;
import io.postmortem.jira.storage.ProjectSettingsStore;
import io.postmortem.jira.testing.BundleI18nHelper;
import io.postmortem.jira.testing.FakeJira;
import io.postmortem.jira.testing.StoreDatabase;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.Test;

/** The live checklist through Jersey, with the real reader, engine and bundle; Jira mocked. */
public class ChecklistResourceTest extends JerseyTest {

  private FakeJira jira;
  private IssueLinkManager links;
  private final Map<String, CustomField> fields = new HashMap<>();
  private UserManager users;
  private MutableIssue postmortem;
  private ProjectSettingsStore projectSettings;

  @Override
  protected Application configure() {
    jira = new FakeJira();
    users = mock(UserManager.class);
    // configure() runs from JerseyTest's constructor, before field initializers.
    projectSettings = new ProjectSettingsStore(StoreDatabase.emptyH2());
    links = mock(IssueLinkManager.class);
    PluginSettingsFactory settingsFactory = mock(PluginSettingsFactory.class);
    PluginSettings settings = mock(PluginSettings.class);
    when(settingsFactory.createGlobalSettings()).thenReturn(settings);
    when(settings.get(anyString())).thenReturn(FakeJira.setUpMapping().toMap());
    CustomFieldManager customFields = mock(CustomFieldManager.class);
    when(customFields.getCustomFieldObject(anyString()))
        .thenAnswer(call -> fields.computeIfAbsent(call.getArgument(0), FakeJira::field));
    TimeZoneManager zones = mock(TimeZoneManager.class);
    when(zones.getDefaultTimezone()).thenReturn(TimeZone.getTimeZone("UTC"));
    JiraTime time =
        new JiraTime(zones, Clock.fixed(Instant.parse("2027-01-05T10:00:00Z"), ZoneOffset.UTC));
    PostmortemReader reader =
        new PostmortemReader(
            links,
            new PostmortemConfiguration(settingsFactory, customFields),
            new InMemoryPostmortemRecords(),
            time);
    when(jira.authenticationContext.getI18nHelper())
        .thenReturn(BundleI18nHelper.forLocale(Locale.ENGLISH));
    return RestTestRuntime.application(
        jira,
        new ChecklistResource(
            new IssueAccess(jira.issueManager, jira.permissions, jira.authenticationContext),
            new LiveChecklist(
                reader,
                time,
                jira.authenticationContext,
                new ProjectChecklistSettings(projectSettings),
                new IssueVisibility(jira.permissions),
                new ReaderTexts(users)
                    .viewerZone("Europe/Berlin")
                    .texts(jira.authenticationContext))));
  }

  @Override
  public void setUp() throws Exception {
    super.setUp();
    postmortem = jira.issue("PM-1", 1L);
    when(postmortem.getProjectId()).thenReturn(100L);
    when(postmortem.getCreated()).thenReturn(Timestamp.from(Instant.parse("2027-01-01T10:00:00Z")));
    jira.logIn("viv");
    jira.grant("viv", ProjectPermissions.BROWSE_PROJECTS, "PM-1");
  }

  @Test
  public void answersNothingOfAnItemTheCallerCannotBrowseButCountsIt() {
    MutableIssue visible = jira.issue("OPS-1", 11L);
    MutableIssue secret = jira.issue("SEC-9", 12L);
    List<IssueLink> remediation =
        List.of(
            FakeJira.link(postmortem, visible, FakeJira.REMEDIATION_LINK),
            FakeJira.link(postmortem, secret, FakeJira.REMEDIATION_LINK));
    when(links.getOutwardLinks(1L)).thenReturn(remediation);
    jira.grant("viv", ProjectPermissions.BROWSE_PROJECTS, "OPS-1");

    String body = target("postmortems/PM-1/checklist").request().get(String.class);
    JsonNode json = target("postmortems/PM-1/checklist").request().get(JsonNode.class);

    assertFalse(body, body.contains("SEC-9"));
    assertTrue(body, body.contains("OPS-1"));
    assertTrue(json.get("blocksTransition").asBoolean());
    JsonNode owners = ruleNamed(json, "owners-confirmed");
    JsonNode last = owners.get("messages").get(owners.get("messages").size() - 1);
    assertEquals("HIDDEN_ISSUES", last.get("subjectKind").asText());
    assertEquals("1 item you cannot see", last.get("text").asText());
  }

  private static JsonNode ruleNamed(JsonNode body, String ruleId) {
    for (JsonNode rule : body.get("rules")) {
      if (rule.get("ruleId").asText().equals(ruleId)) {
        return rule;
      }
    }
    throw new AssertionError("no rule " + ruleId);
  }

  @Test
  public void reportsEveryRuleInReportOrderWithItsPage() {
    Response response = target("postmortems/PM-1/checklist").request().get();

    assertEquals(200, response.getStatus());
    assertEquals(MediaType.APPLICATION_JSON_TYPE, response.getMediaType());
    JsonNode body = response.readEntity(JsonNode.class);
    List<String> expected =
        StandardChecklist.engine().rules().stream().map(ChecklistRule::id).toList();
    assertEquals(expected.size(), body.get("rules").size());
    for (int i = 0; i < expected.size(); i++) {
      JsonNode rule = body.get("rules").get(i);
      assertEquals(expected.get(i), rule.get("ruleId").asText());
      assertTrue(rule.get("docsUrl").asText().endsWith("/docs/rules/" + expected.get(i) + ".md"));
    }
  }

  @Test
  public void blocksAnEmptyPostmortemAndSaysWhyInWords() {
    JsonNode body = target("postmortems/PM-1/checklist").request().get(JsonNode.class);

    assertTrue(body.get("blocksTransition").asBoolean());
    JsonNode failed = firstRuleWithOutcome(body, "FAILED");
    String text = failed.get("messages").get(0).get("text").asText();
    assertFalse(text.isBlank());
    assertEquals("BLOCK", failed.get("messages").get(0).get("severity").asText());
  }

  @Test
  public void evaluatesWithTheSettingsThePostmortemsProjectSaved() {
    when(postmortem.getCustomFieldValue(
            fields.computeIfAbsent("customfield_10302", FakeJira::field)))
        .thenReturn("The engineer failed to check the config before the deploy.");
    projectSettings.save(100L, Map.of("severity.blameless-language", "OFF"), null);

    JsonNode body = target("postmortems/PM-1/checklist").request().get(JsonNode.class);

    assertEquals("OFF", rule(body, "blameless-language").get("outcome").asText());
  }

  @Test
  public void reportsALanguageFindingWithTheFingerprintToKeepIt() {
    when(postmortem.getCustomFieldValue(
            fields.computeIfAbsent("customfield_10302", FakeJira::field)))
        .thenReturn("The engineer failed to check the config before the deploy.");

    JsonNode body = target("postmortems/PM-1/checklist").request().get(JsonNode.class);

    JsonNode language = rule(body, "blameless-language");
    assertEquals("WARNED", language.get("outcome").asText());
    JsonNode finding = language.get("messages").get(0);
    assertEquals("failed to", finding.get("phrase").asText());
    assertFalse(finding.get("fingerprint").asText().isBlank());
  }

  @Test
  public void answersMessagesWithDisplayNamesViewerDatesAndTheFindingsPlaceAndSuggestion() {
    MutableIssue item = jira.issue("OPS-1", 11L);
    when(item.getSummary()).thenReturn("Alert on replication lag");
    ApplicationUser alice = FakeJira.user("JIRAUSER10100");
    when(alice.getDisplayName()).thenReturn("Alice Example");
    when(item.getAssigneeId()).thenReturn("JIRAUSER10100");
    when(item.getAssignee()).thenReturn(alice);
    when(users.getUserByKey("JIRAUSER10100")).thenReturn(alice);
    IssueLink remediation = FakeJira.link(postmortem, item, FakeJira.REMEDIATION_LINK);
    when(links.getOutwardLinks(1L)).thenReturn(List.of(remediation));
    jira.grant("viv", ProjectPermissions.BROWSE_PROJECTS, "OPS-1");
    when(postmortem.getCustomFieldValue(
            fields.computeIfAbsent("customfield_10302", FakeJira::field)))
        .thenReturn("The engineer failed to check the config before the deploy.");

    JsonNode body = target("postmortems/PM-1/checklist").request().get(JsonNode.class);

    String owners = rule(body, "owners-confirmed").get("messages").toString();
    assertTrue(owners, owners.contains("Alice Example has not confirmed ownership yet"));
    assertFalse(owners, owners.contains("JIRAUSER10100"));
    String due = rule(body, "due-within-limit").get("messages").get(0).get("text").asText();
    assertTrue(due, due.matches(".*no later than \\d\\d/[A-Z][a-z]{2}/27, .*"));
    String finding = rule(body, "blameless-language").get("messages").get(0).get("text").asText();
    assertTrue(finding, finding.contains("in the section 'Root causes and contributing factors'"));
    assertTrue(finding, finding.contains("\"The engineer failed to check the config"));
    assertTrue(finding, finding.contains("what made the step easy to miss"));
  }

  @Test
  public void answersNotFoundForAPostmortemTheCallerCannotSee() {
    jira.issue("PM-2", 2L);

    assertEquals(404, target("postmortems/PM-2/checklist").request().get().getStatus());
  }

  private static JsonNode rule(JsonNode body, String id) {
    for (JsonNode rule : body.get("rules")) {
      if (rule.get("ruleId").asText().equals(id)) {
        return rule;
      }
    }
    throw new AssertionError("no rule " + id);
  }

  private static JsonNode firstRuleWithOutcome(JsonNode body, String outcome) {
    for (JsonNode rule : body.get("rules")) {
      if (rule.get("outcome").asText().equals(outcome)) {
        return rule;
      }
    }
    throw new AssertionError("no rule " + outcome);
  }
}

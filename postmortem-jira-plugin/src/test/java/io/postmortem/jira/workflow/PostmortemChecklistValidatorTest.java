package io.postmortem.jira.workflow;

import static io.postmortem.jira.testing.FakeJira.POSTMORTEM_TYPE;
import static io.postmortem.jira.testing.FakeJira.REMEDIATION_TYPE;
import static io.postmortem.jira.testing.FakeJira.issue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.postmortem.core.checklist.ChecklistEngine;
import io.postmortem.core.checklist.ChecklistRule;
import io.postmortem.core.checklist.ChecklistSettings;
import io.postmortem.core.checklist.SettingLines;
import io.postmortem.core.checklist.StandardChecklist;
import io.postmortem.core.checklist.Violation;
import io.postmortem.core.checklist.rule.IncidentLinkedRule;
import io.postmortem.jira.application.checklist.MessageTexts;
import io.postmortem.jira.application.checklist.ProjectChecklistSettings;
import io.postmortem.jira.application.checklist.ReaderTexts;
import io.postmortem.jira.application.issue.InMemoryPostmortemRecords;
import io.postmortem.jira.application.issue.IssueVisibility;
import io.postmortem.jira.application.issue.JiraTime;
import io.postmortem.jira.application.issue.PostmortemConfiguration;
import io.postmortem.jira.application.issue.PostmortemReader;
import io.postmortem.jira.storage.ProjectSettingsStore;
import io.postmortem.jira.testing.BundleI18nHelper;
import io.postmortem.jira.testing.FakeJira;
import io.postmortem.jira.testing.StoreDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.junit.Before;
import org.junit.Test;

public class PostmortemChecklistValidatorTest {

  private static final Instant NOW = Instant.parse("2027-01-10T09:00:00Z");

  private final JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
  private final IssueLinkManager links = mock(IssueLinkManager.class);
  private final PluginSettingsFactory settingsFactory = mock(PluginSettingsFactory.class);
  private final PluginSettings settings = mock(PluginSettings.class);
  private final CustomFieldManager customFields = mock(CustomFieldManager.class);
  private final TimeZoneManager timeZones = mock(TimeZoneManager.class);
  private final ChecklistEngine engine = StandardChecklist.engine();
  private final Map<String, String> args = new HashMap<>();
  private final ProjectSettingsStore projectSettings =
      new ProjectSettingsStore(StoreDatabase.emptyH2());
  private final I18nHelper english = BundleI18nHelper.forLocale(Locale.ENGLISH);
  private final PermissionManager permissions = mock(PermissionManager.class);
  private final java.util.Set<String> hidden = new java.util.HashSet<>();
  private final UserManager users = mock(UserManager.class);
  private final MessageTexts texts = new ReaderTexts(users).texts(auth);
  private Issue postmortem;
  private PostmortemReader reader;
  private JiraTime time;
  private PostmortemChecklistValidator validator;

  @Before
  public void setUp() {
    when(auth.getI18nHelper()).thenReturn(english);
    when(settingsFactory.createGlobalSettings()).thenReturn(settings);
    when(settings.get("io.postmortem.jira.configuration"))
        .thenReturn(FakeJira.setUpMapping().toMap());
    when(customFields.getCustomFieldObject(anyString()))
        .thenAnswer(call -> FakeJira.field(call.getArgument(0)));
    when(timeZones.getDefaultTimezone()).thenReturn(TimeZone.getTimeZone("UTC"));
    when(links.getOutwardLinks(anyLong())).thenReturn(List.of());
    when(links.getInwardLinks(anyLong())).thenReturn(List.of());
    postmortem = issue(1L, "PM-1", POSTMORTEM_TYPE);
    when(postmortem.getSubTaskObjects()).thenReturn(List.of());
    time = new JiraTime(timeZones, Clock.fixed(NOW, ZoneOffset.UTC));
    reader =
        new PostmortemReader(
            links,
            new PostmortemConfiguration(settingsFactory, customFields),
            new InMemoryPostmortemRecords(),
            time);
    when(postmortem.getProjectId()).thenReturn(100L);
    validator =
        new PostmortemChecklistValidator(
            auth,
            reader,
            time,
            new ProjectChecklistSettings(projectSettings),
            new IssueVisibility(permissions),
            texts,
            engine);
    when(permissions.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), any(Issue.class), any()))
        .thenAnswer(call -> !hidden.contains(call.<Issue>getArgument(1).getKey()));
  }

  @Test
  public void namesNoItemTheUserCannotBrowseButStillRefusesForIt() {
    Issue visible = issue(11L, "OPS-1", REMEDIATION_TYPE);
    Issue secret = issue(12L, "SEC-9", REMEDIATION_TYPE);
    when(secret.getSummary()).thenReturn("Rotate the leaked signing key");
    when(postmortem.getSubTaskObjects()).thenReturn(List.of(visible, secret));
    everyRule("OFF");
    args.put("severity.owners-confirmed", "BLOCK");
    hidden.add("SEC-9");

    List<?> errors = rejectionOf(postmortem);

    assertEquals(2, errors.size());
    assertTrue(errors.get(0).toString(), errors.get(0).toString().startsWith("OPS-1"));
    assertEquals("1 item you cannot see", errors.get(1));
    assertFalse(errors.toString().contains("SEC-9"));
    assertFalse(errors.toString().contains("leaked"));
  }

  @Test
  public void refusesForItemsTheUserCannotSeeWithoutNamingAny() {
    Issue secret = issue(12L, "SEC-9", REMEDIATION_TYPE);
    when(postmortem.getSubTaskObjects()).thenReturn(List.of(secret));
    everyRule("OFF");
    args.put("severity.owners-confirmed", "BLOCK");
    hidden.add("SEC-9");

    assertEquals(List.of("1 item you cannot see"), rejectionOf(postmortem));
  }

  @Test
  public void showsAtMostFiveLinesPerRuleAndHowManyMoreTheChecklistLists() {
    List<Issue> items = new ArrayList<>();
    for (int i = 1; i <= 1_000; i++) {
      items.add(issue(100L + i, "OPS-" + i, REMEDIATION_TYPE));
    }
    when(postmortem.getSubTaskObjects()).thenReturn(items);
    everyRule("OFF");
    args.put("severity.owners-confirmed", "BLOCK");

    List<?> errors = rejectionOf(postmortem);

    assertEquals(6, errors.size());
    assertTrue(errors.get(4).toString(), errors.get(4).toString().startsWith("OPS-5 "));
    assertEquals("\u2026and 995 more \u2014 see the checklist on the issue.", errors.get(5));
  }

  @Test
  public void refusalNamesTheOwnerByDisplayNameAndTheLatestDueDateInTheUsersFormat() {
    Issue item = issue(11L, "OPS-1", REMEDIATION_TYPE);
    when(item.getSummary()).thenReturn("Alert on replication lag");
    ApplicationUser alice = FakeJira.user("JIRAUSER10100");
    when(alice.getDisplayName()).thenReturn("Alice Example");
    when(item.getAssigneeId()).thenReturn("JIRAUSER10100");
    when(item.getAssignee()).thenReturn(alice);
    when(users.getUserByKey("JIRAUSER10100")).thenReturn(alice);
    when(postmortem.getSubTaskObjects()).thenReturn(List.of(item));
    everyRule("OFF");
    args.put("severity.owners-confirmed", "BLOCK");
    args.put("severity.due-within-limit", "BLOCK");

    String refusal = rejectionOf(postmortem).toString();

    assertTrue(refusal, refusal.contains("Alice Example has not confirmed ownership yet"));
    assertTrue(refusal, refusal.contains("with \"Confirm ownership\" in the remediation panel"));
    assertFalse(refusal, refusal.contains("JIRAUSER10100"));
    assertTrue(refusal, refusal.matches("(?s).*no later than \\d\\d/[A-Z][a-z]{2}/\\d\\d, .*"));
    assertFalse(refusal, refusal.matches("(?s).*\\d{4}-\\d\\d-\\d\\d.*"));
  }

  @Test
  public void refusesWithEveryBlockingViolationInReportOrder() {
    List<Violation> blocking =
        engine
            .evaluate(
                reader.read(postmortem), ChecklistSettings.defaults(), LocalDate.of(2027, 1, 10))
            .blocking();

    List<?> errors = rejectionOf(postmortem);

    assertTrue("an empty postmortem breaks several rules", blocking.size() > 1);
    assertEquals(texts.forViewer().formatAll(blocking), errors);
  }

  @Test
  public void onlyBlockingRulesRefuseTheTransition() {
    everyRule("OFF");
    args.put("severity." + IncidentLinkedRule.ID, "BLOCK");

    List<?> errors = rejectionOf(postmortem);

    assertEquals(1, errors.size());
    assertEquals(
        english.getText("postmortem.rule.incident-linked.missing", new Object[] {"PM-1"}),
        errors.get(0));
  }

  @Test
  public void warningsNeverRefuseTheTransition() throws Exception {
    everyRule("WARN");

    validator.validate(Map.of("issue", postmortem), args, null);
  }

  @Test
  public void nonsenseStoredSettingsFallBackToTheRuleDefault() {
    everyRule("OFF");
    args.put("severity." + IncidentLinkedRule.ID, "SOMETIMES");

    List<?> errors = rejectionOf(postmortem);

    assertEquals("incident-linked blocks by default", 1, errors.size());
  }

  @Test
  public void saysInTheUsersLanguageWhenThePostmortemCannotBeChecked() {
    when(auth.getI18nHelper()).thenReturn(BundleI18nHelper.forLocale(Locale.GERMAN));
    when(links.getOutwardLinks(anyLong())).thenThrow(new IllegalStateException("db down"));

    List<?> errors = rejectionOf(postmortem);

    assertEquals(
        List.of(
            "Die Postmortem-Checkliste konnte nicht ausgewertet werden. Bitte erneut versuchen;"
                + " wenn es weiter scheitert, wenden Sie sich an einen Jira-Admin (Details im"
                + " Jira-Log)."),
        errors);
  }

  @Test
  public void aValidatorWithoutSettingsChecksWithTheProjectsSettings() throws Exception {
    projectSaves(everyRuleAt("OFF"));
    args.put("class.name", PostmortemChecklistValidator.class.getName());

    validator.validate(Map.of("issue", postmortem), args, null);
  }

  @Test
  public void theProjectsSettingsApplyWhenChosenEvenWithSettingsStored() throws Exception {
    projectSaves(everyRuleAt("OFF"));
    everyRule("BLOCK");
    args.put("settingsSource", "project");

    validator.validate(Map.of("issue", postmortem), args, null);
  }

  @Test
  public void settingsConfiguredInTheWorkflowEditorOverrideTheProjects() {
    projectSaves(everyRuleAt("OFF"));
    everyRule("OFF");
    args.put("severity." + IncidentLinkedRule.ID, "BLOCK");

    List<?> errors = rejectionOf(postmortem);

    assertEquals(1, errors.size());
  }

  @Test
  public void theWorkflowChoiceWithoutSettingsMeansTheDefaultsNotTheProjects() {
    projectSaves(everyRuleAt("OFF"));
    args.put("settingsSource", "workflow");

    assertTrue(rejectionOf(postmortem).size() > 1);
  }

  private void projectSaves(String checklist) {
    projectSettings.save(100L, SettingLines.parse(checklist).settings(), null);
  }

  private String everyRuleAt(String severity) {
    StringBuilder text = new StringBuilder();
    for (ChecklistRule rule : engine.rules()) {
      text.append("severity.").append(rule.id()).append('=').append(severity).append('\n');
    }
    return text.toString();
  }

  private void everyRule(String severity) {
    for (ChecklistRule rule : engine.rules()) {
      args.put("severity." + rule.id(), severity);
    }
  }

  private List<?> rejectionOf(Issue issue) {
    return Refusals.of(validator, issue, args);
  }
}

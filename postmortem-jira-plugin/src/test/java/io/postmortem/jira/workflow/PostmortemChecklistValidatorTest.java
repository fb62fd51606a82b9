package io.postmortem.jira.workflow;

import static io.postmortem.jira.application.issue.JiraFixtures.POSTMORTEM_TYPE;
import static io.postmortem.jira.application.issue.JiraFixtures.issue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.postmortem.core.checklist.ChecklistEngine;
import io.postmortem.core.checklist.ChecklistRule;
import io.postmortem.core.checklist.ChecklistSettings;
import io.postmortem.core.checklist.StandardChecklist;
import io.postmortem.core.checklist.Violation;
import io.postmortem.core.checklist.rule.IncidentLinkedRule;
import io.postmortem.jira.application.checklist.ProjectChecklistSettings;
import io.postmortem.jira.application.checklist.ViolationText;
import io.postmortem.jira.application.issue.InMemoryPostmortemRecords;
import io.postmortem.jira.application.issue.JiraFixtures;
import io.postmortem.jira.application.issue.JiraTime;
import io.postmortem.jira.application.issue.PostmortemConfiguration;
import io.postmortem.jira.application.issue.PostmortemReader;
import io.postmortem.jira.i18n.BundleI18nHelper;
import io.postmortem.jira.storage.ProjectSettingsEntity;
import io.postmortem.jira.storage.ProjectSettingsStore;
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
import net.java.ao.Query;
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
  private final ActiveObjects ao = mock(ActiveObjects.class);
  private final List<ProjectSettingsEntity> projectSettings = new ArrayList<>();
  private final I18nHelper english = BundleI18nHelper.forLocale(Locale.ENGLISH);
  private Issue postmortem;
  private PostmortemReader reader;
  private JiraTime time;
  private PostmortemChecklistValidator validator;

  @Before
  public void setUp() {
    when(auth.getI18nHelper()).thenReturn(english);
    when(settingsFactory.createGlobalSettings()).thenReturn(settings);
    when(settings.get("io.postmortem.jira.configuration"))
        .thenReturn(JiraFixtures.setUpMapping().toMap());
    when(customFields.getCustomFieldObject(anyString()))
        .thenAnswer(call -> JiraFixtures.field(call.getArgument(0)));
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
    when(ao.find(eq(ProjectSettingsEntity.class), any(Query.class)))
        .thenAnswer(call -> projectSettings.toArray(new ProjectSettingsEntity[0]));
    when(postmortem.getProjectId()).thenReturn(100L);
    validator =
        new PostmortemChecklistValidator(
            auth, reader, time, new ProjectChecklistSettings(new ProjectSettingsStore(ao)), engine);
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
    assertEquals(ViolationText.formatAll(blocking, english), errors);
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
    ProjectSettingsEntity saved = mock(ProjectSettingsEntity.class);
    when(saved.getChecklist()).thenReturn(checklist);
    projectSettings.add(saved);
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

package io.postmortem.jira.web;

import static io.postmortem.jira.issue.JiraFixtures.POSTMORTEM_TYPE;
import static io.postmortem.jira.issue.JiraFixtures.REMEDIATION_TYPE;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.postmortem.jira.i18n.BundleI18nHelper;
import io.postmortem.jira.issue.InMemoryPostmortemRecords;
import io.postmortem.jira.issue.JiraFixtures;
import io.postmortem.jira.issue.JiraTime;
import io.postmortem.jira.issue.PostmortemConfiguration;
import io.postmortem.jira.issue.PostmortemReader;
import io.postmortem.jira.rest.LiveChecklist;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.junit.Before;
import org.junit.Test;

/** The postmortem panel's view from a real reader and checklist over mocked Jira. */
public class PostmortemPanelBuilderTest {

  private final IssueLinkManager links = mock(IssueLinkManager.class);
  private final PermissionManager permissions = mock(PermissionManager.class);
  private final JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
  private final Map<String, CustomField> fields = new HashMap<>();
  private final ApplicationUser viewer = JiraFixtures.user("viv");
  private PostmortemPanelBuilder builder;
  private Issue postmortem;
  private Issue item;

  @Before
  public void setUp() {
    PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
    PluginSettings settings = mock(PluginSettings.class);
    when(factory.createGlobalSettings()).thenReturn(settings);
    when(settings.get(anyString())).thenReturn(JiraFixtures.setUpMapping().toMap());
    CustomFieldManager customFields = mock(CustomFieldManager.class);
    when(customFields.getCustomFieldObject(anyString()))
        .thenAnswer(call -> fields.computeIfAbsent(call.getArgument(0), JiraFixtures::field));
    TimeZoneManager zones = mock(TimeZoneManager.class);
    when(zones.getDefaultTimezone()).thenReturn(TimeZone.getTimeZone("UTC"));
    JiraTime time =
        new JiraTime(zones, Clock.fixed(Instant.parse("2027-01-05T10:00:00Z"), ZoneOffset.UTC));
    PostmortemReader reader =
        new PostmortemReader(
            links,
            new PostmortemConfiguration(factory, customFields),
            new InMemoryPostmortemRecords(),
            time);
    when(auth.getI18nHelper()).thenReturn(BundleI18nHelper.forLocale(Locale.ENGLISH));
    when(auth.getLoggedInUser()).thenReturn(viewer);
    builder =
        new PostmortemPanelBuilder(
            reader, new LiveChecklist(reader, time, auth), links, permissions, auth);

    postmortem = JiraFixtures.issue(1L, "PM-1", POSTMORTEM_TYPE);
    item = JiraFixtures.issue(10L, "OPS-7", REMEDIATION_TYPE);
    ApplicationUser alice = JiraFixtures.user("alice");
    when(alice.getDisplayName()).thenReturn("Alice Chen");
    when(item.getAssignee()).thenReturn(alice);
    when(item.getAssigneeId()).thenReturn("alice");
    Status inProgress = mock(Status.class);
    when(inProgress.getName()).thenReturn("In Progress");
    when(item.getStatus()).thenReturn(inProgress);
    List<Issue> subTasks = List.of(item);
    when(postmortem.getSubTaskObjects()).thenReturn(subTasks);
    when(links.getOutwardLinks(any())).thenReturn(List.of());
    when(links.getInwardLinks(any())).thenReturn(List.of());
  }

  @Test
  public void showsEachItemWithItsOwnersNameAndJiraStatus() {
    PostmortemPanelView view = builder.viewOf(postmortem);

    ItemRow row = view.items().get(0);
    assertEquals("OPS-7", row.key());
    assertEquals("Alice Chen", row.owner());
    assertEquals("In Progress", row.status());
    assertFalse(row.confirmed());
  }

  @Test
  public void showsEveryRuleWithAWordForItsOutcome() {
    PostmortemPanelView view = builder.viewOf(postmortem);

    assertTrue(view.blocks());
    assertTrue(
        view.rules().stream()
            .anyMatch(r -> r.outcome().equals("Failed") && r.lozenge().equals("error")));
  }

  @Test
  public void offersEditingOnlyToEditors() {
    assertFalse(builder.viewOf(postmortem).canEdit());

    when(permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, postmortem, viewer))
        .thenReturn(true);

    assertTrue(builder.viewOf(postmortem).canEdit());
  }

  @Test
  public void listsLanguageFindingsWithTheirFingerprints() {
    when(postmortem.getCustomFieldValue(
            fields.computeIfAbsent("customfield_10302", JiraFixtures::field)))
        .thenReturn("The engineer failed to check the config.");

    PostmortemPanelView view = builder.viewOf(postmortem);

    assertEquals(1, view.findings().size());
    assertEquals("failed to", view.findings().get(0).phrase());
    assertFalse(view.findings().get(0).fingerprint().isBlank());
  }
}

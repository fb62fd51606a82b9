package io.postmortem.jira.web;

import static io.postmortem.jira.testing.FakeJira.POSTMORTEM_TYPE;
import static io.postmortem.jira.testing.FakeJira.REMEDIATION_TYPE;
import static io.postmortem.jira.testing.FakeJira.TASK_TYPE;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.postmortem.core.postmortem.TimelineEvent;
import io.postmortem.core.postmortem.TimelineEventKind;
import io.postmortem.jira.application.checklist.LiveChecklist;
import io.postmortem.jira.application.checklist.MessageTexts;
import io.postmortem.jira.application.checklist.ProjectChecklistSettings;
import io.postmortem.jira.application.checklist.ReaderTexts;
import io.postmortem.jira.application.issue.InMemoryPostmortemRecords;
import io.postmortem.jira.application.issue.IssueVisibility;
import io.postmortem.jira.application.issue.JiraTime;
import io.postmortem.jira.application.issue.PostmortemConfiguration;
import io.postmortem.jira.application.issue.PostmortemReader;
import io.postmortem.jira.storage.OwnershipStore;
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

/** The postmortem panel's view from a real reader and checklist over mocked Jira. */
public class PostmortemPanelBuilderTest {

  private final IssueLinkManager links = mock(IssueLinkManager.class);
  private final PermissionManager permissions = mock(PermissionManager.class);
  private final JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
  private final ActiveObjects ao = spy(StoreDatabase.emptyH2());
  private final UserManager users = mock(UserManager.class);
  private final Map<String, CustomField> fields = new HashMap<>();
  private final ApplicationUser viewer = FakeJira.user("viv");
  private final java.util.Set<String> hidden = new java.util.HashSet<>();
  private final InMemoryPostmortemRecords records = new InMemoryPostmortemRecords();
  private final MessageTexts texts =
      new ReaderTexts(users).viewerZone("America/New_York").texts(auth);
  private PostmortemPanelBuilder builder;
  private Issue postmortem;
  private Issue item;

  @Before
  public void setUp() {
    PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
    PluginSettings settings = mock(PluginSettings.class);
    when(factory.createGlobalSettings()).thenReturn(settings);
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
            links, new PostmortemConfiguration(factory, customFields), records, time);
    when(auth.getI18nHelper()).thenReturn(BundleI18nHelper.forLocale(Locale.ENGLISH));
    when(auth.getLoggedInUser()).thenReturn(viewer);
    builder =
        new PostmortemPanelBuilder(
            reader,
            new LiveChecklist(
                reader,
                time,
                auth,
                new ProjectChecklistSettings(new ProjectSettingsStore(ao)),
                new IssueVisibility(permissions),
                texts),
            new OwnershipStore(ao),
            permissions,
            new IssueVisibility(permissions),
            auth,
            texts);
    when(permissions.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), any(Issue.class), any()))
        .thenAnswer(call -> !hidden.contains(call.<Issue>getArgument(1).getKey()));

    postmortem = FakeJira.issue(1L, "PM-1", POSTMORTEM_TYPE);
    item = FakeJira.issue(10L, "OPS-7", REMEDIATION_TYPE);
    ApplicationUser alice = FakeJira.user("alice");
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
  public void checklistMessagesNameTheOwnerSayHowToConfirmAndShowDatesAsTheViewerReadsThem() {
    ApplicationUser alice = FakeJira.user("alice");
    when(alice.getDisplayName()).thenReturn("Alice Chen");
    when(users.getUserByKey("alice")).thenReturn(alice);

    PostmortemPanelView view = builder.viewOf(postmortem);

    String owners = messagesOf(view, "owners-confirmed");
    assertTrue(owners, owners.contains("Alice Chen has not confirmed ownership yet"));
    assertTrue(owners, owners.contains("on OPS-7 with \"Confirm ownership\""));
    assertFalse(owners, owners.contains("alice "));
    String due = messagesOf(view, "due-within-limit");
    assertTrue(due, due.matches("(?s).*no later than \\d\\d/[A-Z][a-z]{2}/\\d\\d, .*"));
    assertFalse(due, due.matches("(?s).*\\d{4}-\\d\\d-\\d\\d.*"));
  }

  private static String messagesOf(PostmortemPanelView view, String ruleId) {
    return view.rules().stream()
        .filter(rule -> rule.ruleId().equals(ruleId))
        .findFirst()
        .orElseThrow()
        .messages()
        .toString();
  }

  @Test
  public void showsTimelineTimesInTheViewersZoneAndDueDatesInTheirFormatNotIso() {
    records.timeline(
        1L,
        new TimelineEvent(
            5L, Instant.parse("2026-11-20T08:00:00Z"), TimelineEventKind.STARTED, "Lag grows", ""));
    when(item.getDueDate()).thenReturn(FakeJira.day(LocalDate.of(2027, 1, 20)));

    PostmortemPanelView view = builder.viewOf(postmortem);

    assertEquals("20/Nov/26 3:00 AM", view.timeline().get(0).shownAt());
    assertEquals("2026-11-20T08:00:00Z", view.timeline().get(0).at());
    assertEquals("20/Jan/27", view.items().get(0).due());
  }

  @Test
  public void showsTheOwnerAnItemsPendingProposalWithTheProposersName() {
    ApplicationUser alice = FakeJira.user("alice");
    when(alice.getDisplayName()).thenReturn("Alice Chen");
    when(users.getUserByKey("alice")).thenReturn(alice);
    proposal(10L, "alice", "2027-02-01", "After the freeze");

    ItemRow row = builder.viewOf(postmortem).items().get(0);

    assertTrue(row.hasProposals());
    assertEquals(
        List.of(new ProposalRow("01/Feb/27", "After the freeze", "Alice Chen")), row.proposals());
  }

  @Test
  public void showsTheProposersKeyMarkedAsDeletedWhenTheUserWasDeleted() {
    proposal(10L, "JIRAUSER10999", "2027-02-01", "");

    ItemRow row = builder.viewOf(postmortem).items().get(0);

    assertEquals("JIRAUSER10999 (deleted user)", row.proposals().get(0).proposedBy());
  }

  @Test
  public void showsNoProposalRowForAnItemWithoutProposals() {
    assertFalse(builder.viewOf(postmortem).items().get(0).hasProposals());
  }

  @Test
  public void makesTheSameNumberOfJiraAndStorageCallsFor1And10And200Items() {
    int forOne = serviceCallsToBuild(1);
    int forTen = serviceCallsToBuild(10);
    int forTwoHundred = serviceCallsToBuild(200);

    System.out.printf(
        "PostmortemPanelBuilder Jira and storage calls: 1 item=%d, 10 items=%d, 200 items=%d%n",
        forOne, forTen, forTwoHundred);
    assertEquals(forOne, forTen);
    assertEquals(forOne, forTwoHundred);
  }

  /**
   * Calls to Jira services and Active Objects for one panel of {@code n} items, each with an open
   * proposal by the same person (user lookups grow with the people involved, not the items).
   */
  private int serviceCallsToBuild(int n) {
    List<Issue> items = new ArrayList<>();
    Project ops = mock(Project.class);
    when(ops.getId()).thenReturn(300L);
    when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, ops, viewer))
        .thenReturn(true);
    for (int i = 0; i < n; i++) {
      Issue item = FakeJira.issue(100L + i, "OPS-" + (100 + i), REMEDIATION_TYPE);
      when(item.getProjectObject()).thenReturn(ops);
      when(item.getSecurityLevelId()).thenReturn(null);
      items.add(item);
      proposal(100L + i, "alice", "2027-02-01", "later");
    }
    when(postmortem.getSubTaskObjects()).thenReturn(items);
    clearInvocations(links, permissions, ao, users);

    PostmortemPanelView view = builder.viewOf(postmortem);

    assertEquals(n, view.items().size());
    assertTrue(view.items().stream().allMatch(ItemRow::hasProposals));
    return mockingDetails(links).getInvocations().size()
        + mockingDetails(permissions).getInvocations().size()
        + mockingDetails(ao).getInvocations().size()
        + mockingDetails(users).getInvocations().size();
  }

  private void proposal(long issueId, String userKey, String due, String why) {
    new OwnershipStore(ao).propose(issueId, userKey, LocalDate.parse(due), why, Instant.EPOCH);
  }

  @Test
  public void showsNoRowNorMessageOfAnItemTheViewerCannotBrowseButCountsIt() {
    Issue secret = FakeJira.issue(11L, "SEC-9", REMEDIATION_TYPE);
    when(secret.getSummary()).thenReturn("Rotate the leaked signing key");
    when(postmortem.getSubTaskObjects()).thenReturn(List.of(item, secret));
    hidden.add("SEC-9");

    PostmortemPanelView view = builder.viewOf(postmortem);
    String html =
        PanelTemplates.render(
            PanelTemplates.POSTMORTEM, view, BundleI18nHelper.forLocale(Locale.ENGLISH));

    assertEquals(List.of("OPS-7"), view.items().stream().map(ItemRow::key).toList());
    assertEquals("1 action item you cannot see", view.hiddenItems());
    assertFalse(html, html.contains("SEC-9"));
    assertFalse(html, html.contains("leaked signing key"));
    assertTrue(html, html.contains("1 item you cannot see"));
  }

  @Test
  public void showsNoRowOfAnIncidentTheViewerCannotBrowse() {
    Issue visible = FakeJira.issue(20L, "INC-1", TASK_TYPE);
    Issue secret = FakeJira.issue(21L, "SECINC-2", TASK_TYPE);
    List<IssueLink> incidents =
        List.of(
            FakeJira.link(postmortem, visible, FakeJira.POSTMORTEM_LINK),
            FakeJira.link(postmortem, secret, FakeJira.POSTMORTEM_LINK));
    when(links.getOutwardLinks(1L)).thenReturn(incidents);
    hidden.add("SECINC-2");

    PostmortemPanelView view = builder.viewOf(postmortem);

    assertEquals(List.of("INC-1"), view.incidents().stream().map(IncidentRow::key).toList());
    assertEquals("1 incident you cannot see", view.hiddenIncidents());
  }

  @Test
  public void stillBlocksOnAnItemTheViewerCannotSee() {
    Issue secret = FakeJira.issue(11L, "SEC-9", REMEDIATION_TYPE);
    when(postmortem.getSubTaskObjects()).thenReturn(List.of(secret));
    hidden.add("SEC-9");

    PostmortemPanelView view = builder.viewOf(postmortem);

    RuleRow owners =
        view.rules().stream().filter(r -> r.ruleId().equals("owners-confirmed")).findFirst().get();
    assertEquals("Failed", owners.outcome());
    assertEquals(List.of("1 item you cannot see"), owners.messages());
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
  public void showsTheChecklistWithTheProjectsSettings() {
    when(postmortem.getProjectId()).thenReturn(100L);
    new ProjectSettingsStore(ao).save(100L, Map.of("severity.incident-linked", "OFF"), null);

    PostmortemPanelView view = builder.viewOf(postmortem);

    assertEquals(
        "Off",
        view.rules().stream()
            .filter(r -> r.ruleId().equals("incident-linked"))
            .findFirst()
            .orElseThrow()
            .outcome());
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
            fields.computeIfAbsent("customfield_10302", FakeJira::field)))
        .thenReturn("The engineer failed to check the config.");

    PostmortemPanelView view = builder.viewOf(postmortem);

    assertEquals(1, view.findings().size());
    assertEquals("failed to", view.findings().get(0).phrase());
    assertFalse(view.findings().get(0).fingerprint().isBlank());
  }
}

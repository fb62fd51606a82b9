package io.postmortem.jira.web;

import static io.postmortem.jira.testing.FakeJira.POSTMORTEM_TYPE;
import static io.postmortem.jira.testing.FakeJira.RELATES_LINK;
import static io.postmortem.jira.testing.FakeJira.REMEDIATION_LINK;
import static io.postmortem.jira.testing.FakeJira.TASK_TYPE;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.postmortem.jira.application.checklist.ReaderTexts;
import io.postmortem.jira.application.issue.IssueVisibility;
import io.postmortem.jira.application.issue.PostmortemConfiguration;
import io.postmortem.jira.storage.OwnershipStore;
import io.postmortem.jira.testing.BundleI18nHelper;
import io.postmortem.jira.testing.FakeJira;
import io.postmortem.jira.testing.StoreDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.Before;
import org.junit.Test;

public class RemediationPanelBuilderTest {

  private final IssueLinkManager links = mock(IssueLinkManager.class);
  private final OwnershipStore store = new OwnershipStore(StoreDatabase.emptyH2());
  private final JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
  private final UserManager users = mock(UserManager.class);
  private final PermissionManager permissions = mock(PermissionManager.class);
  private final java.util.Set<String> hidden = new java.util.HashSet<>();
  private final List<IssueLink> inward = new ArrayList<>();
  private RemediationPanelBuilder builder;
  private Issue item;

  @Before
  public void setUp() {
    PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
    PluginSettings settings = mock(PluginSettings.class);
    when(factory.createGlobalSettings()).thenReturn(settings);
    when(settings.get(anyString())).thenReturn(FakeJira.setUpMapping().toMap());
    when(auth.getI18nHelper()).thenReturn(BundleI18nHelper.forLocale(Locale.ENGLISH));
    builder =
        new RemediationPanelBuilder(
            new PostmortemConfiguration(factory, mock(CustomFieldManager.class)),
            links,
            store,
            new ReaderTexts(users).viewerZone("America/New_York").texts(auth),
            new IssueVisibility(permissions),
            auth);
    when(permissions.hasPermission(
            org.mockito.ArgumentMatchers.eq(ProjectPermissions.BROWSE_PROJECTS),
            org.mockito.ArgumentMatchers.any(Issue.class),
            org.mockito.ArgumentMatchers.any()))
        .thenAnswer(call -> !hidden.contains(call.<Issue>getArgument(1).getKey()));
    item = FakeJira.issue(70L, "OPS-7", TASK_TYPE);
    when(links.getInwardLinks(70L)).thenReturn(inward);
    when(links.getOutwardLinks(70L)).thenReturn(List.of());
  }

  @Test
  public void findsThePostmortemLinkedWithTheRemediationLinkType() {
    Issue postmortem = FakeJira.issue(1L, "PM-1", POSTMORTEM_TYPE);
    inward.add(FakeJira.link(postmortem, item, REMEDIATION_LINK));
    inward.add(FakeJira.link(FakeJira.issue(2L, "PM-2", POSTMORTEM_TYPE), item, RELATES_LINK));

    List<Issue> served = builder.postmortemsOf(item);

    assertEquals(List.of(postmortem), served);
  }

  @Test
  public void namesOnlyThePostmortemsTheViewerCanBrowseAndCountsTheOthers() {
    Issue open = FakeJira.issue(1L, "PM-1", POSTMORTEM_TYPE);
    Issue secret = FakeJira.issue(2L, "SECPM-2", POSTMORTEM_TYPE);
    when(secret.getSummary()).thenReturn("Payroll data exposed");
    inward.add(FakeJira.link(open, item, REMEDIATION_LINK));
    inward.add(FakeJira.link(secret, item, REMEDIATION_LINK));
    hidden.add("SECPM-2");

    RemediationPanelView view = builder.viewOf(item);
    String html =
        PanelTemplates.render(
            PanelTemplates.REMEDIATION, view, BundleI18nHelper.forLocale(Locale.ENGLISH));

    assertEquals(List.of("PM-1"), view.postmortems().stream().map(ServedPostmortem::key).toList());
    assertEquals("1 postmortem you cannot see", view.hiddenPostmortems());
    assertFalse(html, html.contains("SECPM-2"));
    assertFalse(html, html.contains("Payroll"));
  }

  @Test
  public void skipsLinksWhoseIssueWasDeleted() {
    IssueLink dangling = mock(IssueLink.class);
    when(dangling.getLinkTypeId()).thenReturn(REMEDIATION_LINK);
    inward.add(dangling);

    assertTrue(builder.postmortemsOf(item).isEmpty());
  }

  @Test
  public void offersTheHandshakeOnlyToTheAssignee() {
    ApplicationUser bob = FakeJira.user("bob");
    when(item.getAssignee()).thenReturn(bob);
    ApplicationUser eve = FakeJira.user("eve");
    when(auth.getLoggedInUser()).thenReturn(eve);

    RemediationPanelView view = builder.viewOf(item);

    assertFalse(view.assignee());
    assertFalse(view.confirmed());
  }

  @Test
  public void namesTheProposerByDisplayNameNotByUserKey() {
    ApplicationUser bob = FakeJira.user("JIRAUSER10100");
    when(bob.getDisplayName()).thenReturn("Bob Meyer");
    when(users.getUserByKey("JIRAUSER10100")).thenReturn(bob);
    propose("JIRAUSER10100");

    RemediationPanelView view = builder.viewOf(item);

    assertEquals("Bob Meyer", view.proposals().get(0).proposedBy());
  }

  @Test
  public void marksADeletedProposerAsDeleted() {
    propose("JIRAUSER10999");

    RemediationPanelView view = builder.viewOf(item);

    assertEquals("JIRAUSER10999 (deleted user)", view.proposals().get(0).proposedBy());
  }

  @Test
  public void showsTheProposedDateAndTheConfirmationTimeAsTheViewerReadsThem() {
    ApplicationUser bob = FakeJira.user("bob");
    when(bob.getDisplayName()).thenReturn("Bob Meyer");
    when(item.getAssignee()).thenReturn(bob);
    when(item.getDueDate()).thenReturn(FakeJira.day(LocalDate.parse("2027-01-20")));
    store.confirm(70L, "bob", LocalDate.parse("2027-01-20"), Instant.parse("2026-11-20T02:00:00Z"));
    propose("bob");

    RemediationPanelView view = builder.viewOf(item);

    assertEquals("2027-01-20", view.dueDate()); // for the script's confirm call, never shown
    assertEquals("10/Jan/27", view.proposals().get(0).dueDate());
    assertEquals("by Bob Meyer on 19/Nov/26 9:00 PM", view.confirmation());
  }

  private void propose(String userKey) {
    store.propose(70L, userKey, LocalDate.parse("2027-01-10"), "after the freeze", Instant.EPOCH);
  }
}

package io.postmortem.jira.web;

import static io.postmortem.jira.application.issue.JiraFixtures.POSTMORTEM_TYPE;
import static io.postmortem.jira.application.issue.JiraFixtures.RELATES_LINK;
import static io.postmortem.jira.application.issue.JiraFixtures.REMEDIATION_LINK;
import static io.postmortem.jira.application.issue.JiraFixtures.TASK_TYPE;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.postmortem.jira.application.issue.JiraFixtures;
import io.postmortem.jira.application.issue.PostmortemConfiguration;
import io.postmortem.jira.i18n.BundleI18nHelper;
import io.postmortem.jira.storage.DueProposalEntity;
import io.postmortem.jira.storage.OwnershipStore;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import net.java.ao.Query;
import org.junit.Before;
import org.junit.Test;

public class RemediationPanelBuilderTest {

  private final IssueLinkManager links = mock(IssueLinkManager.class);
  private final ActiveObjects ao = mock(ActiveObjects.class);
  private final JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
  private final UserManager users = mock(UserManager.class);
  private final List<IssueLink> inward = new ArrayList<>();
  private final List<DueProposalEntity> proposals = new ArrayList<>();
  private RemediationPanelBuilder builder;
  private Issue item;

  @Before
  public void setUp() {
    PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
    PluginSettings settings = mock(PluginSettings.class);
    when(factory.createGlobalSettings()).thenReturn(settings);
    when(settings.get(anyString())).thenReturn(JiraFixtures.setUpMapping().toMap());
    when(auth.getI18nHelper()).thenReturn(BundleI18nHelper.forLocale(Locale.ENGLISH));
    when(ao.find(
            org.mockito.ArgumentMatchers.eq(io.postmortem.jira.storage.OwnershipEntity.class),
            org.mockito.ArgumentMatchers.any(Query.class)))
        .thenReturn(new io.postmortem.jira.storage.OwnershipEntity[0]);
    when(ao.find(
            org.mockito.ArgumentMatchers.eq(io.postmortem.jira.storage.DueProposalEntity.class),
            org.mockito.ArgumentMatchers.any(Query.class)))
        .thenAnswer(call -> proposals.toArray(new DueProposalEntity[0]));
    builder =
        new RemediationPanelBuilder(
            new PostmortemConfiguration(factory, mock(CustomFieldManager.class)),
            links,
            new OwnershipStore(ao),
            new UserNames(users),
            auth);
    item = JiraFixtures.issue(70L, "OPS-7", TASK_TYPE);
    when(links.getInwardLinks(70L)).thenReturn(inward);
    when(links.getOutwardLinks(70L)).thenReturn(List.of());
  }

  @Test
  public void findsThePostmortemLinkedWithTheRemediationLinkType() {
    Issue postmortem = JiraFixtures.issue(1L, "PM-1", POSTMORTEM_TYPE);
    inward.add(JiraFixtures.link(postmortem, item, REMEDIATION_LINK));
    inward.add(
        JiraFixtures.link(JiraFixtures.issue(2L, "PM-2", POSTMORTEM_TYPE), item, RELATES_LINK));

    List<Issue> served = builder.postmortemsOf(item);

    assertEquals(List.of(postmortem), served);
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
    ApplicationUser bob = JiraFixtures.user("bob");
    when(item.getAssignee()).thenReturn(bob);
    ApplicationUser eve = JiraFixtures.user("eve");
    when(auth.getLoggedInUser()).thenReturn(eve);

    RemediationPanelView view = builder.viewOf(item);

    assertFalse(view.assignee());
    assertFalse(view.confirmed());
  }

  @Test
  public void namesTheProposerByDisplayNameNotByUserKey() {
    ApplicationUser bob = JiraFixtures.user("JIRAUSER10100");
    when(bob.getDisplayName()).thenReturn("Bob Meyer");
    when(users.getUserByKey("JIRAUSER10100")).thenReturn(bob);
    proposals.add(proposal("JIRAUSER10100"));

    RemediationPanelView view = builder.viewOf(item);

    assertEquals("Bob Meyer", view.proposals().get(0).proposedBy());
  }

  @Test
  public void fallsBackToTheUserKeyForADeletedProposer() {
    proposals.add(proposal("JIRAUSER10999"));

    RemediationPanelView view = builder.viewOf(item);

    assertEquals("JIRAUSER10999", view.proposals().get(0).proposedBy());
  }

  private static DueProposalEntity proposal(String userKey) {
    DueProposalEntity row = mock(DueProposalEntity.class);
    when(row.getIssueId()).thenReturn(70L);
    when(row.getUserKey()).thenReturn(userKey);
    when(row.getProposedDue()).thenReturn("2027-01-10");
    when(row.getComment()).thenReturn("after the freeze");
    when(row.getCreatedAt()).thenReturn(new Date(0L));
    when(row.getStatus()).thenReturn("OPEN");
    return row;
  }
}

package io.postmortem.jira.automation;

import static io.postmortem.jira.testing.FakeJira.POSTMORTEM_LINK;
import static io.postmortem.jira.testing.FakeJira.POSTMORTEM_TYPE;
import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.MailQueueItem;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.postmortem.core.creation.AssigneeRule;
import io.postmortem.core.creation.AutomaticPostmortems;
import io.postmortem.core.postmortem.Severity;
import io.postmortem.jira.application.issue.IncidentPostmortems;
import io.postmortem.jira.application.issue.JiraTime;
import io.postmortem.jira.application.issue.PostmortemConfiguration;
import io.postmortem.jira.application.issue.PostmortemCreation;
import io.postmortem.jira.storage.AutomaticPostmortemStore;
import io.postmortem.jira.testing.BundleI18nHelper;
import io.postmortem.jira.testing.FakeJira;
import io.postmortem.jira.testing.StoreDatabase;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

/**
 * The automatic rule end to end: Jira's issue events in, postmortems created through a mocked
 * IssueService, claims in a real H2 database shared by every "node" of the test.
 */
public class AutomaticPostmortemTest {

  private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

  private final ActiveObjects ao = StoreDatabase.emptyH2();
  private final AutomaticPostmortemStore store = new AutomaticPostmortemStore(ao);
  private final IssueService issueService = mock(IssueService.class);
  private final IssueLinkManager links = mock(IssueLinkManager.class);
  private final PermissionManager permissions = mock(PermissionManager.class);
  private final UserManager users = mock(UserManager.class);
  private final MailQueue mail = mock(MailQueue.class);
  private final PluginSettings settings = mock(PluginSettings.class);
  private final CustomFieldManager customFields = mock(CustomFieldManager.class);
  private final ProjectManager projects = mock(ProjectManager.class);
  private final AtomicInteger created = new AtomicInteger();
  private final List<IssueLink> incidentLinks = Collections.synchronizedList(new ArrayList<>());
  private final ApplicationUser resolver = FakeJira.user("JIRAUSER1");
  private final ApplicationUser lead = FakeJira.user("JIRAUSER2");
  private final ApplicationUser responder = FakeJira.user("JIRAUSER3");
  private final Project ops = mock(Project.class);
  private IssueInputParameters lastInput;
  private Issue incident;

  @Before
  public void setUp() {
    PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
    when(factory.createGlobalSettings()).thenReturn(settings);
    when(settings.get(anyString()))
        .thenReturn(
            FakeJira.setUpMapping()
                .withSeverities(Map.of("42", Severity.SEV_1, "43", Severity.SEV_3))
                .toMap());
    when(customFields.getCustomFieldObject(anyString()))
        .thenAnswer(call -> FakeJira.field(call.getArgument(0)));
    when(ops.getId()).thenReturn(10000L);
    when(ops.getKey()).thenReturn("OPS");
    when(ops.getProjectLead()).thenReturn(lead);
    when(resolver.getUsername()).thenReturn("rita");
    when(lead.getUsername()).thenReturn("leo");
    when(responder.getUsername()).thenReturn("ann");
    when(responder.getEmailAddress()).thenReturn("ann@example.com");
    when(users.getUserByName(anyString())).thenReturn(responder);
    when(permissions.hasPermission(eq(ProjectPermissions.CREATE_ISSUES), eq(ops), any()))
        .thenReturn(true);
    incident = incident(Severity.SEV_1);
    when(links.getOutwardLinks(anyLong())).thenReturn(List.of());
    when(links.getInwardLinks(5L)).thenReturn(incidentLinks);
    jiraCreatesIssues();
    store.save(
        10000L,
        new AutomaticPostmortems(true, Severity.SEV_2, AssigneeRule.INCIDENT_ASSIGNEE, "", ""));
  }

  private Issue incident(Severity severity) {
    Issue issue = FakeJira.issue(5L, "OPS-5", "10001");
    when(issue.getProjectObject()).thenReturn(ops);
    when(issue.getSummary()).thenReturn("Checkout down");
    when(issue.getAssignee()).thenReturn(responder);
    when(issue.getResolutionDate()).thenReturn(Timestamp.from(NOW));
    Object option = FakeJira.option(severity == Severity.SEV_1 ? 42L : 43L, "x");
    when(issue.getCustomFieldValue(any())).thenReturn(option);
    return issue;
  }

  /** IssueService as Jira's: each valid creation gives a new issue, linked back to the incident. */
  private void jiraCreatesIssues() {
    when(issueService.newIssueInputParameters())
        .thenAnswer(
            call -> {
              lastInput = mock(IssueInputParameters.class, RETURNS_SELF);
              return lastInput;
            });
    IssueService.CreateValidationResult valid = mock(IssueService.CreateValidationResult.class);
    when(valid.isValid()).thenReturn(true);
    when(issueService.validateCreate(any(), any())).thenReturn(valid);
    when(issueService.create(any(), eq(valid)))
        .thenAnswer(
            call -> {
              int n = created.incrementAndGet();
              MutableIssue issue = mock(MutableIssue.class);
              when(issue.getId()).thenReturn(100L + n);
              when(issue.getKey()).thenReturn("PM-" + n);
              when(issue.getAssignee()).thenReturn(responder);
              IssueService.IssueResult result = mock(IssueService.IssueResult.class);
              when(result.isValid()).thenReturn(true);
              when(result.getIssue()).thenReturn(issue);
              return result;
            });
  }

  /** One Jira node: its own beans over the shared database. */
  private AutomaticPostmortemListener node() {
    PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
    when(factory.createGlobalSettings()).thenReturn(settings);
    PostmortemConfiguration configuration = new PostmortemConfiguration(factory, customFields);
    I18nHelper.BeanFactory i18n = mock(I18nHelper.BeanFactory.class);
    when(i18n.getInstance(any(ApplicationUser.class)))
        .thenReturn(BundleI18nHelper.forLocale(Locale.ENGLISH));
    ApplicationProperties application = mock(ApplicationProperties.class);
    when(application.getBaseUrl(any())).thenReturn("https://jira.example.com");
    TimeZoneManager zones = mock(TimeZoneManager.class);
    AutomaticPostmortem automatic =
        new AutomaticPostmortem(
            configuration,
            new IncidentPostmortems(
                configuration, new AutomaticPostmortemStore(ao), projects, links),
            new AutomaticPostmortemStore(ao),
            new PostmortemCreation(issueService, links, configuration),
            permissions,
            users,
            i18n,
            new AssigneeNotice(mail, i18n, application),
            new JiraTime(zones, Clock.fixed(NOW, ZoneOffset.UTC)));
    return new AutomaticPostmortemListener(mock(EventPublisher.class), automatic);
  }

  /** The same resolution event handled by {@code count} nodes at the same moment. */
  private void resolvedOnNodesAtOnce(int count) throws Exception {
    List<AutomaticPostmortemListener> nodes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      nodes.add(node());
    }
    CyclicBarrier together = new CyclicBarrier(count);
    ExecutorService pool = Executors.newFixedThreadPool(count);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (AutomaticPostmortemListener node : nodes) {
        runs.add(
            pool.submit(
                () -> {
                  together.await();
                  node.onIssueEvent(resolved());
                  return null;
                }));
      }
      for (Future<?> run : runs) {
        run.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private IssueEvent resolved() {
    return new IssueEvent(incident, Map.of(), resolver, EventType.ISSUE_RESOLVED_ID);
  }

  @Test
  public void resolvingASev1IncidentCreatesOneLinkedPostmortemForItsAssignee() throws Exception {
    node().onIssueEvent(resolved());

    assertEquals(1, created.get());
    verify(lastInput).setSummary("Postmortem: OPS-5 Checkout down");
    verify(lastInput).setAssigneeId("ann");
    verify(lastInput).setProjectId(10000L);
    verify(lastInput).setIssueTypeId(POSTMORTEM_TYPE);
    verify(links).createIssueLink(101L, 5L, POSTMORTEM_LINK, null, resolver);
    assertEquals(java.util.Optional.of("PM-1"), store.postmortemOf(5L));
  }

  @Test
  public void theAssigneeIsToldByMailInTheirLanguage() {
    node().onIssueEvent(resolved());

    ArgumentCaptor<MailQueueItem> item = ArgumentCaptor.forClass(MailQueueItem.class);
    verify(mail).addItem(item.capture());
    var email = ((SingleMailQueueItem) item.getValue()).getEmail();
    assertEquals("ann@example.com", email.getTo());
    assertEquals(true, email.getSubject().contains("PM-1"));
    assertEquals(true, email.getBody().contains("https://jira.example.com/browse/PM-1"));
  }

  @Test
  public void resolvingTheSameIncidentTwiceCreatesOnlyOnePostmortem() {
    AutomaticPostmortemListener node = node();

    node.onIssueEvent(resolved());
    node.onIssueEvent(new IssueEvent(incident, Map.of(), resolver, EventType.ISSUE_CLOSED_ID));
    node.onIssueEvent(resolved());

    assertEquals(1, created.get());
  }

  @Test
  public void twoNodesReceivingTheResolutionAtOnceCreateOnePostmortem() throws Exception {
    resolvedOnNodesAtOnce(4);

    assertEquals(1, created.get());
    verify(mail, times(1)).addItem(any());
  }

  @Test
  public void aClaimLeftByANodeThatDiedBeforeCreatingIsTakenOverByTheNextResolution() {
    store.claim(5L, NOW.minus(AutomaticPostmortem.CLAIM_LEASE).minusSeconds(60));

    node().onIssueEvent(resolved());
    node().onIssueEvent(resolved());

    assertEquals(1, created.get());
    assertEquals(java.util.Optional.of("PM-1"), store.postmortemOf(5L));
  }

  @Test
  public void aClaimYoungerThanTheLeaseIsLeftToTheNodeStillCreating() {
    store.claim(5L, NOW.minus(AutomaticPostmortem.CLAIM_LEASE).plusSeconds(60));

    node().onIssueEvent(resolved());

    assertEquals(0, created.get());
  }

  @Test
  public void aNodeThatDiedAfterLinkingItsPostmortemGetsNoSecondOneAfterTheLease() {
    store.claim(5L, NOW.minus(AutomaticPostmortem.CLAIM_LEASE).minusSeconds(60));
    Issue orphan = FakeJira.issue(90L, "PM-90", POSTMORTEM_TYPE);
    incidentLinks.add(FakeJira.link(orphan, incident, POSTMORTEM_LINK));

    node().onIssueEvent(resolved());

    assertEquals(0, created.get());
    assertEquals(java.util.Optional.of("PM-90"), store.postmortemOf(5L));
  }

  @Test
  public void twoNodesTakingOverTheSameStaleClaimCreateOnePostmortem() throws Exception {
    store.claim(5L, NOW.minus(AutomaticPostmortem.CLAIM_LEASE).minusSeconds(60));

    resolvedOnNodesAtOnce(4);

    assertEquals(1, created.get());
    verify(mail, times(1)).addItem(any());
  }

  @Test
  public void aLessSevereIncidentGetsNone() {
    incident = incident(Severity.SEV_3);

    node().onIssueEvent(resolved());

    assertEquals(0, created.get());
  }

  @Test
  public void nothingIsCreatedWhileTheProjectLeavesTheRuleOff() {
    store.save(10000L, AutomaticPostmortems.OFF);

    node().onIssueEvent(resolved());

    assertEquals(0, created.get());
  }

  @Test
  public void anIncidentThatAlreadyHasAPostmortemGetsNoSecond() {
    Issue existing = FakeJira.issue(90L, "PM-90", POSTMORTEM_TYPE);
    incidentLinks.add(FakeJira.link(existing, incident, POSTMORTEM_LINK));

    node().onIssueEvent(resolved());

    assertEquals(0, created.get());
    assertEquals(java.util.Optional.of("PM-90"), store.postmortemOf(5L));
  }

  @Test
  public void eventsThatDoNotResolveAndUnresolvedIssuesAreIgnored() {
    AutomaticPostmortemListener node = node();

    node.onIssueEvent(new IssueEvent(incident, Map.of(), resolver, EventType.ISSUE_DELETED_ID));
    when(incident.getResolutionDate()).thenReturn(null);
    node.onIssueEvent(resolved());

    assertEquals(0, created.get());
  }

  @Test
  public void aRefusedCreationGivesTheClaimBackSoTheNextResolutionTriesAgain() {
    IssueService.CreateValidationResult invalid = mock(IssueService.CreateValidationResult.class);
    ErrorCollection errors = mock(ErrorCollection.class);
    when(errors.getErrorMessages()).thenReturn(List.of("Summary is required."));
    when(invalid.getErrorCollection()).thenReturn(errors);
    when(issueService.validateCreate(any(), any())).thenReturn(invalid);
    AutomaticPostmortemListener node = node();

    node.onIssueEvent(resolved());
    jiraCreatesIssues();
    node.onIssueEvent(resolved());

    assertEquals(1, created.get());
  }

  @Test
  public void createsAsTheProjectLeadWhenTheResolverMayNotCreateAndAssignsTheFacilitator() {
    when(permissions.hasPermission(ProjectPermissions.CREATE_ISSUES, ops, resolver))
        .thenReturn(false);
    store.save(
        10000L,
        new AutomaticPostmortems(true, Severity.SEV_1, AssigneeRule.FACILITATOR, "fay", ""));

    node().onIssueEvent(resolved());

    verify(issueService).validateCreate(eq(lead), any());
    verify(lastInput).setAssigneeId("fay");
    verify(lastInput).setReporterId("leo");
  }

  @Test
  public void theListenerSubscribesOnStartAndUnsubscribesOnStop() {
    EventPublisher events = mock(EventPublisher.class);
    AutomaticPostmortemListener listener =
        new AutomaticPostmortemListener(events, mock(AutomaticPostmortem.class));

    listener.subscribe();
    listener.unsubscribe();

    verify(events).register(listener);
    verify(events).unregister(listener);
  }
}

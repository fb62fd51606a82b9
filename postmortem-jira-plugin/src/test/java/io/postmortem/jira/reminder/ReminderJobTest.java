package io.postmortem.jira.reminder;

import static io.postmortem.jira.testing.FakeJira.item;
import static io.postmortem.jira.testing.FakeJira.user;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import io.postmortem.core.postmortem.OwnershipConfirmation;
import io.postmortem.core.postmortem.RiskAcceptance;
import io.postmortem.core.recurrence.RecurredItems.Recurrence;
import io.postmortem.core.remediation.DateProposal;
import io.postmortem.jira.application.checklist.ReaderTexts;
import io.postmortem.jira.application.issue.InMemoryPostmortemRecords;
import io.postmortem.jira.application.issue.IssueVisibility;
import io.postmortem.jira.application.recurrence.RecurredPostmortems;
import io.postmortem.jira.application.search.IssueSearch;
import io.postmortem.jira.application.search.OpenItemReader;
import io.postmortem.jira.storage.RecurrenceStore.RelatedMark;
import io.postmortem.jira.testing.FakeJira;
import io.postmortem.jira.testing.TestScope;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

public class ReminderJobTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
  private static final ZoneId ZONE = ZoneId.systemDefault();

  private FakeJira jira;
  private final InMemoryPostmortemRecords records = new InMemoryPostmortemRecords();
  private final InMemoryLedger ledger = new InMemoryLedger();
  private final MailQueue mailQueue = mock(MailQueue.class);
  private final UserManager users = mock(UserManager.class);
  private final PermissionManager permissions = mock(PermissionManager.class);
  private final Map<Long, DateProposal> proposals = new HashMap<>();
  private final Map<Long, List<RiskAcceptance>> acceptances = new HashMap<>();
  private final ApplicationUser alice = user("alice", "Alice");
  private final ApplicationUser bob = user("bob", "Bob");
  private final ApplicationUser pat = user("pat", "Pat");
  private ReminderJob job;
  private final List<RelatedMark> verdicts = new ArrayList<>();

  @Before
  public void jira() throws Exception {
    jira = new FakeJira();
    for (ApplicationUser person : List.of(alice, bob, pat)) {
      when(users.getUserByKey(person.getKey())).thenReturn(person);
    }
    when(permissions.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), any(Issue.class), any()))
        .thenReturn(true);
    I18nHelper i18n = mock(I18nHelper.class);
    when(i18n.getText(anyString())).thenAnswer(c -> "[" + c.getArgument(0) + "]");
    when(i18n.getText(anyString(), anyString()))
        .thenAnswer(c -> "[" + c.getArgument(0) + " " + c.getArgument(1) + "]");
    when(i18n.getText(anyString(), any(Object.class)))
        .thenAnswer(c -> "[" + c.getArgument(0) + " " + c.getArgument(1) + "]");
    I18nHelper.BeanFactory i18nFactory = mock(I18nHelper.BeanFactory.class);
    when(i18nFactory.getInstance(any(ApplicationUser.class))).thenReturn(i18n);
    ApplicationProperties application = mock(ApplicationProperties.class);
    when(application.getBaseUrl(any())).thenReturn("https://jira.example.com");
    PluginSettingsFactory settingsFactory = mock(PluginSettingsFactory.class);
    when(settingsFactory.createGlobalSettings()).thenReturn(mock(PluginSettings.class));
    TestScope scope = new TestScope();
    IssueSearch search = new IssueSearch(jira.searchService);
    OpenItemReader reader = jira.reader(records, scope);
    DigestSender sender = new DigestSender(users, new IssueVisibility(permissions), ledger);
    DigestMailer mailer =
        new DigestMailer(
            mailQueue,
            new ReaderTexts(users)
                .zoneOf("pat", "Pacific/Auckland")
                .texts(mock(JiraAuthenticationContext.class), i18nFactory),
            application);
    DateProposals pending =
        ids -> {
          Map<Long, DateProposal> found = new HashMap<>();
          ids.forEach(
              id -> {
                if (proposals.containsKey(id)) found.put(id, proposals.get(id));
              });
          return found;
        };
    PostmortemRisks risks =
        ids -> {
          Map<Long, List<RiskAcceptance>> found = new HashMap<>();
          ids.forEach(
              id -> {
                if (acceptances.containsKey(id)) found.put(id, acceptances.get(id));
              });
          return found;
        };
    job =
        new ReminderJob(
            new OwnerDigestRun(
                search,
                reader,
                scope,
                sender,
                mailer,
                new RecurredPostmortems(
                    (since, cap) ->
                        verdicts.stream()
                            .filter(mark -> !mark.recurrence().markedAt().isBefore(since))
                            .toList(),
                    search,
                    new RecurredPostmortems.JiraIssues(
                        jira.issueManager, jira.links, new IssueVisibility(permissions)),
                    scope)),
            new FollowUpDigestRun(search, reader, scope, pending, risks, sender, mailer),
            new ReminderSettings(settingsFactory),
            () -> ZONE);
  }

  @Test
  public void sendsEachOwnerOneDigestListingTheirOverdueAndDueSoonItemsAcrossPages() {
    List<Issue> due = new ArrayList<>();
    for (int i = 0; i < 130; i++) {
      due.add(
          item(
              i + 1,
              "OPS-" + (i + 1),
              "Item " + i,
              alice,
              TODAY.minusDays(1),
              TODAY.minusDays(30),
              null));
    }
    due.add(item(200, "OPS-200", "Bob's item", bob, TODAY.plusDays(2), TODAY.minusDays(3), null));
    jira.open(due);

    JobRunnerResponse response = job.runJob(startedOn(TODAY));

    List<Email> mails = mails();
    assertEquals(2, mails.size());
    assertEquals("alice@example.com", mails.get(0).getTo());
    assertEquals("[postmortem.reminder.owner.subject [130]]", mails.get(0).getSubject());
    assertTrue(
        mails.get(0).getBody().contains("OPS-1 Item 0 ([postmortem.reminder.line.overdue [1]])"));
    assertTrue(mails.get(0).getBody().contains("[postmortem.reminder.more [80]]"));
    assertTrue(mails.get(0).getBody().contains("https://jira.example.com/browse/OPS-1"));
    assertEquals("bob@example.com", mails.get(1).getTo());
    assertTrue(mails.get(1).getBody().contains("[postmortem.reminder.line.due [2]]"));
    assertEquals("2 postmortem reminder digests queued", response.getMessage());
  }

  @Test
  public void oneFailingDigestIsReportedAndTheOwnersAfterItStillGetTheirs() {
    jira.open(
        List.of(
            item(1, "OPS-1", "Alice's item", alice, TODAY.minusDays(1), TODAY.minusDays(3), null),
            item(2, "OPS-2", "Bob's item", bob, TODAY.minusDays(1), TODAY.minusDays(3), null)));
    doThrow(new IllegalStateException("mail queue full"))
        .doNothing()
        .when(mailQueue)
        .addItem(any());

    JobRunnerResponse response = job.runJob(startedOn(TODAY));

    List<Email> mails = mails();
    assertEquals(2, mails.size());
    assertEquals("bob@example.com", mails.get(1).getTo());
    assertEquals(
        "1 postmortem reminder digests queued, 1 failed (see the log; the others were sent)",
        response.getMessage());
  }

  @Test
  public void asksOnlyForItemsDueWithinTheWindowInPagesSortedByOwner() {
    job.runJob(startedOn(TODAY));

    String ownerSearch = jira.parsedJql.get(0);
    assertTrue(ownerSearch.contains("resolution is EMPTY AND assignee is not EMPTY"));
    assertTrue(ownerSearch.contains("duedate <= endOfDay(\"+3d\")"));
    assertTrue(ownerSearch.endsWith("ORDER BY assignee ASC, duedate ASC, key ASC"));
    assertTrue(jira.pagers.stream().allMatch(p -> p.getMax() <= ReminderJob.PAGE));
  }

  @Test
  public void anOwnerHearsInTheSameDigestThatADoneItemRecurredYesterday() {
    Issue incident = item(900, "INC-7", "Checkout outage", null, null, TODAY.minusDays(90), null);
    jira.issue("INC-7", 900);
    Issue postmortem = jira.postmortem(500, "PM-1", "pat", incident);
    Issue done =
        item(
            5,
            "OPS-5",
            "Add retry budget",
            alice,
            TODAY.minusDays(30),
            TODAY.minusDays(60),
            postmortem);
    when(done.getResolutionDate()).thenReturn(FakeJira.day(TODAY.minusDays(31)));
    Issue due =
        item(6, "OPS-6", "Fix retry storm", alice, TODAY.minusDays(1), TODAY.minusDays(9), null);
    verdicts.add(
        new RelatedMark(
            900L,
            "INC-7",
            new Recurrence(600L, TODAY.minusDays(1).atTime(15, 0).atZone(ZONE).toInstant())));
    jira.answering("linkedIssues(\"INC-7\")", List.of(postmortem))
        .answering("created <= \"", List.of(done, due));

    job.runJob(startedOn(TODAY));

    List<Email> toAlice =
        mails().stream().filter(m -> m.getTo().equals("alice@example.com")).toList();
    assertEquals(1, toAlice.size());
    String body = toAlice.get(0).getBody();
    assertTrue(body, body.contains("OPS-5 Add retry budget ([postmortem.reminder.line.recurred "));
    assertTrue(
        body, body.contains("OPS-6 Fix retry storm ([postmortem.reminder.line.overdue [1]])"));
    String ownerSearch = jira.parsedJql.get(1);
    assertTrue(ownerSearch, ownerSearch.contains(") OR (assignee is not EMPTY AND ("));
    assertTrue(ownerSearch, ownerSearch.contains("resolution is not EMPTY AND ((created <= \""));
  }

  @Test
  public void aRecurrenceRecognisedBeforeYesterdayIsNoNewsInTheDigest() {
    Issue incident = item(900, "INC-7", "Checkout outage", null, null, TODAY.minusDays(90), null);
    jira.issue("INC-7", 900);
    Issue postmortem = jira.postmortem(500, "PM-1", "pat", incident);
    Issue done =
        item(
            5,
            "OPS-5",
            "Add retry budget",
            alice,
            TODAY.minusDays(30),
            TODAY.minusDays(60),
            postmortem);
    when(done.getResolutionDate()).thenReturn(FakeJira.day(TODAY.minusDays(31)));
    verdicts.add(
        new RelatedMark(
            900L,
            "INC-7",
            new Recurrence(600L, TODAY.minusDays(2).atTime(15, 0).atZone(ZONE).toInstant())));
    jira.answering("linkedIssues(\"INC-7\")", List.of(postmortem))
        .answering("created <= \"", List.of(done));

    job.runJob(startedOn(TODAY));

    assertTrue(mails().stream().noneMatch(m -> m.getTo().equals("alice@example.com")));
  }

  @Test
  public void reportsAFailedRunWithAMessageWhenTheSearchIsRejected() {
    jira.open(item(1, "OPS-1", "Fix", alice, TODAY.minusDays(1), TODAY.minusDays(9), null));
    jira.rejectingQueries();

    JobRunnerResponse response = job.runJob(startedOn(TODAY));

    assertTrue(response.getMessage().startsWith("Postmortem reminders stopped: "));
    assertEquals(0, mails().size());
  }

  @Test
  public void secondRunOnTheSameDaySendsNothingNew() {
    jira.open(item(1, "OPS-1", "Fix", alice, TODAY.minusDays(1), TODAY.minusDays(9), null));
    job.runJob(startedOn(TODAY));

    JobRunnerResponse again = job.runJob(startedOn(TODAY));

    assertEquals(1, mails().size());
    assertEquals("0 postmortem reminder digests queued", again.getMessage());
    assertEquals(TODAY, ledger.history("alice").lastSentOn());
  }

  @Test
  public void nextDayTheOwnerIsRemindedAgain() {
    jira.open(item(1, "OPS-1", "Fix", alice, TODAY.minusDays(1), TODAY.minusDays(9), null));
    job.runJob(startedOn(TODAY));

    job.runJob(startedOn(TODAY.plusDays(1)));

    assertEquals(2, mails().size());
  }

  @Test
  public void optedOutOwnerGetsNoDigest() {
    jira.open(item(1, "OPS-1", "Fix", alice, TODAY.minusDays(1), TODAY.minusDays(9), null));
    ledger.setOptedOut("alice", true);

    job.runJob(startedOn(TODAY));

    verify(mailQueue, never()).addItem(any());
  }

  @Test
  public void leavesOutItemsTheRecipientMayNotSee() {
    Issue secret =
        item(1, "SEC-1", "Secret fix", alice, TODAY.minusDays(1), TODAY.minusDays(9), null);
    jira.open(secret);
    when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, secret, alice))
        .thenReturn(false);

    job.runJob(startedOn(TODAY));

    verify(mailQueue, never()).addItem(any());
    assertFalse(ledger.rows.containsKey("alice"));
  }

  @Test
  public void postmortemOwnerHearsAboutUnconfirmedOwnersAndDateProposalsInTheirDateFormat() {
    Issue closedPostmortem = jira.postmortem(500, "PM-1", "pat");
    Issue unconfirmed =
        item(
            1,
            "OPS-1",
            "Add alert",
            alice,
            TODAY.plusDays(40),
            TODAY.minusDays(2),
            closedPostmortem);
    Issue proposed =
        item(
            2,
            "OPS-2",
            "Fix retries",
            bob,
            TODAY.plusDays(40),
            TODAY.minusDays(2),
            closedPostmortem);
    records.confirm(2, new OwnershipConfirmation("bob", Instant.now(), TODAY.plusDays(40)));
    proposals.put(2L, new DateProposal(2L, "bob", TODAY.plusDays(60)));
    jira.answering("issuetype = 10100", List.of(closedPostmortem))
        .answering("parent in (\"PM-1\")", List.of(unconfirmed, proposed));

    job.runJob(startedOn(TODAY));

    List<Email> mails = mails();
    assertEquals(1, mails.size());
    assertEquals("pat@example.com", mails.get(0).getTo());
    assertTrue(
        mails
            .get(0)
            .getBody()
            .contains("OPS-1 Add alert ([postmortem.reminder.line.unconfirmed])"));
    assertTrue(
        mails
            .get(0)
            .getBody()
            .contains(
                "OPS-2 Fix retries ([postmortem.reminder.line.proposal ["
                    + DateTimeFormatter.ofPattern(ReaderTexts.DATE_PATTERN, Locale.ENGLISH)
                        .format(TODAY.plusDays(60))
                    + "]])"));
    String postmortemSearch =
        jira.parsedJql.stream()
            .filter(j -> j.startsWith("(issuetype = 10100)"))
            .findFirst()
            .orElseThrow();
    assertFalse(postmortemSearch.contains("resolution"));
  }

  @Test
  public void aPostmortemOwnerGetsOneFollowUpNamingTheItemsOfAllTheirPostmortems() {
    Issue first = jira.postmortem(501, "PM-1", "alice");
    Issue other = jira.postmortem(502, "PM-2", "bob");
    Issue second = jira.postmortem(503, "PM-3", "alice");
    Issue ofFirst =
        item(1, "OPS-1", "Add alert", pat, TODAY.plusDays(40), TODAY.minusDays(10), first);
    Issue ofOther =
        item(2, "OPS-2", "Fix retries", pat, TODAY.plusDays(40), TODAY.minusDays(10), other);
    Issue ofSecond =
        item(3, "OPS-3", "Add canary", pat, TODAY.plusDays(40), TODAY.minusDays(10), second);
    jira.ordering()
        .answering("issuetype = 10100", List.of(first, other, second))
        .answering("parent in (\"PM-1\", \"PM-3\")", List.of(ofFirst, ofSecond))
        .answering("parent in (\"PM-1\")", List.of(ofFirst))
        .answering("parent in (\"PM-2\")", List.of(ofOther))
        .answering("parent in (\"PM-3\")", List.of(ofSecond));

    job.runJob(startedOn(TODAY));

    List<Email> toAlice =
        mails().stream().filter(m -> m.getTo().equals("alice@example.com")).toList();
    assertEquals(1, toAlice.size());
    assertTrue(toAlice.get(0).getBody(), toAlice.get(0).getBody().contains("OPS-1 Add alert"));
    assertTrue(toAlice.get(0).getBody(), toAlice.get(0).getBody().contains("OPS-3 Add canary"));
  }

  @Test
  public void thePostmortemOwnersDigestListsTheItemsInKeyOrderWhateverOrderTheIndexHoldsThem() {
    Issue postmortem = jira.postmortem(500, "PM-1", "pat");
    Issue tenth =
        item(
            10, "OPS-10", "Add canary", alice, TODAY.plusDays(40), TODAY.minusDays(10), postmortem);
    Issue second =
        item(2, "OPS-2", "Add alert", alice, TODAY.plusDays(40), TODAY.minusDays(10), postmortem);
    jira.ordering()
        .answering("issuetype = 10100", List.of(postmortem))
        .answering("parent in (\"PM-1\")", List.of(tenth, second));

    job.runJob(startedOn(TODAY));

    String body = mails().get(0).getBody();
    assertTrue(body, body.indexOf("OPS-2 Add alert") >= 0);
    assertTrue(body, body.indexOf("OPS-2 Add alert") < body.indexOf("OPS-10 Add canary"));
  }

  @Test
  public void anItemUnconfirmedForOneBusinessDayDoesNotYetReachThePostmortemOwner() {
    Issue postmortem = jira.postmortem(500, "PM-1", "pat");
    Issue unconfirmed =
        item(1, "OPS-1", "Add alert", alice, TODAY.plusDays(40), TODAY.minusDays(1), postmortem);
    jira.answering("issuetype = 10100", List.of(postmortem))
        .answering("parent in (\"PM-1\")", List.of(unconfirmed));

    job.runJob(startedOn(TODAY));

    assertEquals(List.of(), mails());
  }

  @Test
  public void thePostmortemOwnerHearsThatTheAcceptedRiskExpiresWithinAWeek() {
    Issue postmortem = jira.postmortem(500, "PM-1", "pat");
    acceptances.put(
        500L,
        List.of(
            new RiskAcceptance(
                "carol", Instant.parse("2026-11-01T10:00:00Z"), "Vendor fix", TODAY.plusDays(5))));
    jira.answering("issuetype = 10100", List.of(postmortem))
        .answering("parent in (\"PM-1\")", List.of());

    job.runJob(startedOn(TODAY));

    List<Email> mails = mails();
    assertEquals(1, mails.size());
    assertEquals("pat@example.com", mails.get(0).getTo());
    String body = mails.get(0).getBody();
    // TODAY + 5 days in the recipient's date format.
    assertTrue(
        body,
        body.contains(
            "PM-1 Postmortem PM-1 ([postmortem.reminder.line.risk-expires [02/Dec/26]])"));
    assertTrue(body, body.contains("/browse/PM-1"));
  }

  @Test
  public void countsButNeverNamesTheItemsTheRecipientMayNotSee() {
    Issue visible = item(1, "OPS-1", "Fix", alice, TODAY.minusDays(1), TODAY.minusDays(9), null);
    Issue secret =
        item(2, "SEC-2", "Rotate leaked key", alice, TODAY.minusDays(1), TODAY.minusDays(9), null);
    jira.open(List.of(visible, secret));
    when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, secret, alice))
        .thenReturn(false);

    job.runJob(startedOn(TODAY));

    String body = mails().get(0).getBody();
    assertTrue(body, body.contains("OPS-1 Fix"));
    assertFalse(body, body.contains("SEC-2"));
    assertFalse(body, body.contains("leaked"));
    assertTrue(body, body.contains("[postmortem.reminder.hidden [1]]"));
  }

  @Test
  public void postmortemOwnerHearsOfAnItemWhoseConfirmedAssigneeWasDeactivatedByDisplayName() {
    ApplicationUser gone = user("gone", "Gone");
    when(gone.isActive()).thenReturn(false);
    when(users.getUserByKey("gone")).thenReturn(gone);
    Issue postmortem = jira.postmortem(500, "PM-1", "pat");
    Issue orphan =
        item(1, "OPS-1", "Add alert", gone, TODAY.plusDays(40), TODAY.minusDays(2), postmortem);
    records.confirm(1, new OwnershipConfirmation("gone", Instant.now(), TODAY.plusDays(40)));
    jira.answering("issuetype = 10100", List.of(postmortem))
        .answering("parent in (\"PM-1\")", List.of(orphan));

    job.runJob(startedOn(TODAY));

    List<Email> mails = mails();
    assertEquals(1, mails.size());
    assertEquals("pat@example.com", mails.get(0).getTo());
    assertTrue(
        mails.get(0).getBody(),
        mails
            .get(0)
            .getBody()
            .contains("OPS-1 Add alert ([postmortem.reminder.line.inactive-owner [Gone]])"));
  }

  private List<Email> mails() {
    ArgumentCaptor<SingleMailQueueItem> queued = ArgumentCaptor.forClass(SingleMailQueueItem.class);
    verify(mailQueue, org.mockito.Mockito.atLeast(0)).addItem(queued.capture());
    return queued.getAllValues().stream().map(SingleMailQueueItem::getEmail).toList();
  }

  private static JobRunnerRequest startedOn(LocalDate day) {
    JobRunnerRequest request = mock(JobRunnerRequest.class);
    when(request.getStartTime()).thenReturn(Date.from(day.atTime(8, 0).atZone(ZONE).toInstant()));
    return request;
  }
}

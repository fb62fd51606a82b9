package io.postmortem.jira.web;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.postmortem.core.checklist.ChecklistSettings;
import io.postmortem.core.postmortem.Incident;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.Severity;
import io.postmortem.jira.application.checklist.ProjectChecklistSettings;
import io.postmortem.jira.application.checklist.ReaderTexts;
import io.postmortem.jira.application.issue.JiraTime;
import io.postmortem.jira.application.issue.PostmortemReader;
import io.postmortem.jira.application.issue.RiskApprovers;
import io.postmortem.jira.storage.OwnershipStore;
import io.postmortem.jira.storage.RiskAcceptanceStore;
import io.postmortem.jira.testing.BundleI18nHelper;
import io.postmortem.jira.testing.FakeJira;
import io.postmortem.jira.testing.StoreDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.Test;

/**
 * The "Next steps" panel's review deadline (issue 13.6): the date the review-within-business-days
 * rule checks and the business days left, in the viewer's language, as the panel shows them.
 */
public class LifecyclePanelBuilderTest {

  /** A Friday: with the default 5 business days the meeting is due the next Friday. */
  private static final Instant RESOLVED = Instant.parse("2026-11-20T15:00:00Z");

  private final FakeJira jira = new FakeJira();
  private final PostmortemReader reader = mock(PostmortemReader.class);
  private final MutableIssue issue = jira.issue("PM-1", 1L);
  private final IssueLinkManager links = mock(IssueLinkManager.class);
  private final UserManager users = mock(UserManager.class);
  private final ActiveObjects ao = StoreDatabase.emptyH2();
  private final OwnershipStore ownership = new OwnershipStore(ao);
  private final RiskAcceptanceStore risks = new RiskAcceptanceStore(ao);

  @Test
  public void showsTheDeadlineAndTheBusinessDaysLeft() {
    LifecyclePanelView view = viewOn("2026-11-24", null, Locale.ENGLISH);

    assertEquals("27/Nov/26", view.deadline());
    assertEquals("3 business days left", view.daysLeft());
    assertEquals("success", view.deadlineLozenge());
  }

  @Test
  public void countsNoWeekendDayAndSaysHowLateAMissedMeetingIs() {
    LifecyclePanelView view = viewOn("2026-12-01", null, Locale.ENGLISH);

    assertEquals("27/Nov/26", view.deadline());
    assertEquals("2 business days late", view.daysLeft());
    assertEquals("error", view.deadlineLozenge());
  }

  @Test
  public void saysTheLastDayAndOneDayInGerman() {
    assertEquals("Heute ist der letzte Tag", viewOn("2026-11-27", null, Locale.GERMAN).daysLeft());
    assertEquals("Noch 1 Arbeitstag", viewOn("2026-11-26", null, Locale.GERMAN).daysLeft());
  }

  @Test
  public void saysAMeetingDateIsSetOnceItIs() {
    LifecyclePanelView view = viewOn("2026-12-01", LocalDate.parse("2026-11-26"), Locale.ENGLISH);

    assertEquals("Meeting date set", view.daysLeft());
  }

  @Test
  public void showsNoDeadlineWhileTheIncidentIsUnresolved() {
    when(reader.read(issue)).thenReturn(postmortem(null, null));

    LifecyclePanelView view = builder("2026-11-24", Locale.ENGLISH).viewOf(issue);

    assertEquals(false, view.hasDeadline());
  }

  @Test
  public void showsProposedDatesAndRiskExpiryAsTheViewerReadsThemWithNamesNotKeys() {
    ApplicationUser owner = FakeJira.user("JIRAUSER10100", "Olga Owner");
    when(issue.getAssignee()).thenReturn(owner);
    when(jira.authenticationContext.getLoggedInUser()).thenReturn(owner);
    when(users.getUserByKey("JIRAUSER10100")).thenReturn(owner);
    Issue item = FakeJira.issue(70L, "OPS-7", FakeJira.TASK_TYPE);
    when(issue.getSubTaskObjects()).thenReturn(List.of(item));
    ownership.propose(70L, "JIRAUSER10999", LocalDate.parse("2027-01-10"), "", Instant.EPOCH);
    risks.accept(1L, "JIRAUSER10100", "Vendor fix", LocalDate.parse("2027-03-31"), RESOLVED);

    LifecyclePanelView view = viewOn("2026-11-24", null, Locale.ENGLISH);

    AnswerRow proposal = view.proposals().get(0);
    assertEquals("10/Jan/27", proposal.dueDate());
    assertEquals("JIRAUSER10999 (deleted user)", proposal.proposedBy());
    RiskRow risk = view.risks().get(0);
    assertEquals("31/Mar/27", risk.expiresOn());
    assertEquals("Olga Owner", risk.approver());
  }

  private LifecyclePanelView viewOn(String today, LocalDate meeting, Locale locale) {
    when(reader.read(issue)).thenReturn(postmortem(RESOLVED, meeting));
    return builder(today, locale).viewOf(issue);
  }

  private LifecyclePanelBuilder builder(String today, Locale locale) {
    when(issue.getProjectId()).thenReturn(100L);
    when(jira.authenticationContext.getI18nHelper()).thenReturn(BundleI18nHelper.forLocale(locale));
    ProjectChecklistSettings settings = mock(ProjectChecklistSettings.class);
    when(settings.of(100L)).thenReturn(ChecklistSettings.defaults());
    TimeZoneManager zones = mock(TimeZoneManager.class);
    when(zones.getDefaultTimezone()).thenReturn(TimeZone.getTimeZone("UTC"));
    Clock clock = Clock.fixed(Instant.parse(today + "T09:00:00Z"), ZoneOffset.UTC);
    return new LifecyclePanelBuilder(
        reader,
        settings,
        new JiraTime(zones, clock),
        new OpenProposals(links, ownership),
        new RiskRows(risks, mock(RiskApprovers.class)),
        jira.authenticationContext,
        new ReaderTexts(users).texts(jira.authenticationContext));
  }

  private static Postmortem postmortem(Instant resolved, LocalDate meeting) {
    return Postmortem.builder("PM-1", LocalDate.parse("2026-11-20"))
        .summary("Checkout outage")
        .incidents(List.of(new Incident("INC-1", Severity.SEV_2, resolved)))
        .reviewMeetingOn(meeting)
        .build();
  }
}

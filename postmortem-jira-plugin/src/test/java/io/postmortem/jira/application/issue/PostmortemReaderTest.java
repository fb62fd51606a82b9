package io.postmortem.jira.application.issue;

import static io.postmortem.jira.testing.FakeJira.POSTMORTEM_LINK;
import static io.postmortem.jira.testing.FakeJira.POSTMORTEM_TYPE;
import static io.postmortem.jira.testing.FakeJira.RELATES_LINK;
import static io.postmortem.jira.testing.FakeJira.REMEDIATION_LINK;
import static io.postmortem.jira.testing.FakeJira.REMEDIATION_TYPE;
import static io.postmortem.jira.testing.FakeJira.TASK_TYPE;
import static io.postmortem.jira.testing.FakeJira.day;
import static io.postmortem.jira.testing.FakeJira.issue;
import static io.postmortem.jira.testing.FakeJira.link;
import static io.postmortem.jira.testing.FakeJira.option;
import static io.postmortem.jira.testing.FakeJira.priority;
import static io.postmortem.jira.testing.FakeJira.user;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.project.version.Version;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.postmortem.core.postmortem.ActionItem;
import io.postmortem.core.postmortem.Horizon;
import io.postmortem.core.postmortem.OwnershipConfirmation;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PriorityLevel;
import io.postmortem.core.postmortem.SectionKind;
import io.postmortem.core.postmortem.Severity;
import io.postmortem.jira.testing.FakeJira;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.junit.Before;
import org.junit.Test;

public class PostmortemReaderTest {

  private final IssueLinkManager links = mock(IssueLinkManager.class);
  private final PluginSettingsFactory settingsFactory = mock(PluginSettingsFactory.class);
  private final PluginSettings settings = mock(PluginSettings.class);
  private final CustomFieldManager customFields = mock(CustomFieldManager.class);
  private final TimeZoneManager timeZones = mock(TimeZoneManager.class);
  private final InMemoryPostmortemRecords records = new InMemoryPostmortemRecords();
  private final Map<String, CustomField> fieldsById = new HashMap<>();
  private final List<IssueLink> outward = new ArrayList<>();
  private final List<IssueLink> inward = new ArrayList<>();
  private final List<Issue> subTasks = new ArrayList<>();
  private Issue postmortem;
  private PostmortemReader reader;

  @Before
  public void setUp() {
    when(settingsFactory.createGlobalSettings()).thenReturn(settings);
    when(settings.get(PostmortemConfiguration.SETTINGS_KEY))
        .thenReturn(FakeJira.setUpMapping().toMap());
    when(customFields.getCustomFieldObject(anyString()))
        .thenAnswer(call -> fieldsById.computeIfAbsent(call.getArgument(0), FakeJira::field));
    when(timeZones.getDefaultTimezone()).thenReturn(TimeZone.getTimeZone("Pacific/Auckland"));
    postmortem = issue(1L, "PM-1", POSTMORTEM_TYPE);
    when(postmortem.getSubTaskObjects()).thenReturn(subTasks);
    when(links.getOutwardLinks(1L)).thenReturn(outward);
    when(links.getInwardLinks(1L)).thenReturn(inward);
    reader =
        new PostmortemReader(
            links,
            new PostmortemConfiguration(settingsFactory, customFields),
            records,
            new JiraTime(timeZones, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)));
  }

  @Test
  public void readsIncidentsLinkedWithThePostmortemLinkTypeWithTheirMappedSeverity() {
    Issue incident = issue(2L, "INC-7", TASK_TYPE);
    Option sev2 = option(1, "SEV-2");
    CustomField severity = field("customfield_10311");
    when(incident.getCustomFieldValue(severity)).thenReturn(sev2);
    when(incident.getResolutionDate()).thenReturn(day(LocalDate.of(2026, 12, 30)));
    outward.add(link(postmortem, incident, POSTMORTEM_LINK));
    outward.add(link(postmortem, issue(3L, "OTHER-1", TASK_TYPE), RELATES_LINK));

    Postmortem read = reader.read(postmortem);

    assertEquals(1, read.incidents().size());
    assertEquals("INC-7", read.incidents().get(0).key());
    assertEquals(Severity.SEV_2, read.incidents().get(0).severity());
    assertTrue(read.incidents().get(0).resolution().isPresent());
  }

  @Test
  public void readsIncidentsLinkedInEitherDirection() {
    inward.add(link(issue(2L, "INC-8", TASK_TYPE), postmortem, POSTMORTEM_LINK));

    Postmortem read = reader.read(postmortem);

    assertEquals(List.of("INC-8"), read.incidents().stream().map(i -> i.key()).toList());
  }

  @Test
  public void countsRemediationSubTasksAndRemediationLinksButNotOtherSubTasks() {
    subTasks.add(issue(10L, "PM-2", REMEDIATION_TYPE));
    subTasks.add(issue(11L, "PM-3", "10099"));
    outward.add(link(postmortem, issue(12L, "OPS-12", TASK_TYPE), REMEDIATION_LINK));
    inward.add(link(issue(13L, "DB-4", TASK_TYPE), postmortem, REMEDIATION_LINK));

    Postmortem read = reader.read(postmortem);

    assertEquals(
        List.of("PM-2", "OPS-12", "DB-4"),
        read.actionItems().stream().map(ActionItem::key).toList());
  }

  @Test
  public void readsAnItemLinkedTwiceOnce() {
    Issue item = issue(12L, "OPS-12", TASK_TYPE);
    outward.add(link(postmortem, item, REMEDIATION_LINK));
    inward.add(link(item, postmortem, REMEDIATION_LINK));

    assertEquals(1, reader.read(postmortem).actionItems().size());
  }

  @Test
  public void mapsAnItemsPriorityHorizonDueDateAssigneeAndConfirmation() {
    Issue item = issue(12L, "OPS-12", TASK_TYPE);
    Priority high = priority("2", "High");
    Option longTerm = option(7, "Long term");
    CustomField horizon = field("customfield_10309");
    CustomField successMeasure = field("customfield_10310");
    Version version = mock(Version.class);
    ApplicationUser alice = user("alice");
    when(item.getPriority()).thenReturn(high);
    when(item.getAssigneeId()).thenReturn("alice");
    when(item.getAssignee()).thenReturn(alice);
    when(item.getDueDate()).thenReturn(day(LocalDate.of(2027, 2, 14)));
    when(item.getCustomFieldValue(horizon)).thenReturn(longTerm);
    when(item.getCustomFieldValue(successMeasure)).thenReturn("Queue alarms < 1/week");
    when(item.getFixVersions()).thenReturn(List.of(version));
    outward.add(link(postmortem, item, REMEDIATION_LINK));
    OwnershipConfirmation confirmation =
        new OwnershipConfirmation("alice", Instant.EPOCH, LocalDate.of(2027, 2, 14));
    records.confirmations.put(12L, confirmation);

    ActionItem read = reader.read(postmortem).actionItems().get(0);

    assertEquals(PriorityLevel.HIGH, read.priority());
    assertEquals(Horizon.LONG_TERM, read.horizon());
    assertEquals(LocalDate.of(2027, 2, 14), read.dueDate());
    assertEquals("alice", read.assigneeKey());
    assertEquals("Queue alarms < 1/week", read.successMeasure());
    assertTrue(read.scheduled());
    assertFalse(read.done());
    assertTrue(read.isOwnershipConfirmed());
  }

  @Test
  public void readsAnAssigneeDeactivatedInJiraAsInactiveHoweverTheyConfirmed() {
    Issue item = issue(12L, "OPS-12", TASK_TYPE);
    ApplicationUser gone = user("gone");
    when(gone.isActive()).thenReturn(false);
    when(item.getAssigneeId()).thenReturn("gone");
    when(item.getAssignee()).thenReturn(gone);
    outward.add(link(postmortem, item, REMEDIATION_LINK));
    records.confirmations.put(12L, new OwnershipConfirmation("gone", Instant.EPOCH, null));

    ActionItem read = reader.read(postmortem).actionItems().get(0);

    assertTrue(read.assigneeInactive());
    assertFalse(read.isOwnershipConfirmed());
  }

  @Test
  public void readsAnAssigneeDeletedFromJiraAsInactive() {
    Issue item = issue(12L, "OPS-12", TASK_TYPE);
    when(item.getAssigneeId()).thenReturn("JIRAUSER10999");
    when(item.getAssignee()).thenReturn(null);
    outward.add(link(postmortem, item, REMEDIATION_LINK));

    assertTrue(reader.read(postmortem).actionItems().get(0).assigneeInactive());
  }

  @Test
  public void readsSectionsReviewMeetingAndFacilitatorFromTheirFields() {
    CustomField impact = field("customfield_10301");
    CustomField meeting = field("customfield_10307");
    CustomField facilitator = field("customfield_10308");
    ApplicationUser bob = user("bob");
    when(postmortem.getCustomFieldValue(impact)).thenReturn("Checkout down");
    when(postmortem.getCustomFieldValue(meeting)).thenReturn(day(LocalDate.of(2027, 1, 5)));
    when(postmortem.getCustomFieldValue(facilitator)).thenReturn(bob);

    Postmortem read = reader.read(postmortem);

    assertEquals("Checkout down", read.section(SectionKind.IMPACT));
    assertEquals("", read.section(SectionKind.GOT_LUCKY));
    assertEquals(LocalDate.of(2027, 1, 5), read.reviewMeetingOn());
    assertEquals("bob", read.facilitatorKey());
  }

  @Test
  public void datesTheCreationInJirasDefaultTimeZone() {
    // 2027-01-01T10:00Z is already 2027-01-01 23:00 in Auckland; 2027-01-01T12:00Z is the 2nd.
    when(postmortem.getCreated())
        .thenReturn(java.sql.Timestamp.from(Instant.parse("2027-01-01T12:00:00Z")));

    assertEquals(LocalDate.of(2027, 1, 2), reader.read(postmortem).createdOn());
  }

  @Test
  public void readsNoIncidentsOrItemsBeforeSetupRan() {
    when(settings.get(PostmortemConfiguration.SETTINGS_KEY)).thenReturn(null);
    subTasks.add(issue(10L, "PM-2", REMEDIATION_TYPE));
    outward.add(link(postmortem, issue(12L, "OPS-12", TASK_TYPE), REMEDIATION_LINK));

    Postmortem read = reader.read(postmortem);

    assertTrue(read.incidents().isEmpty());
    assertTrue(read.actionItems().isEmpty());
    assertNull(read.reviewMeetingOn());
  }

  @Test
  public void makesTheSameNumberOfJiraAndStorageCallsFor1And10And200Items() {
    int forOne = serviceCallsToRead(1);
    int forTen = serviceCallsToRead(10);
    int forTwoHundred = serviceCallsToRead(200);

    System.out.printf(
        "PostmortemReader service calls: 1 item=%d, 10 items=%d, 200 items=%d%n",
        forOne, forTen, forTwoHundred);
    assertEquals(forOne, forTen);
    assertEquals(forOne, forTwoHundred);
  }

  /**
   * Calls to Jira services (link manager, custom field manager, plugin settings, time zones, the
   * postmortem's sub-task list) and to the storage port for one read of a postmortem with {@code n}
   * action items, half sub-tasks and half linked from other projects.
   */
  private int serviceCallsToRead(int n) {
    setUpFresh();
    outward.add(link(postmortem, issue(2L, "INC-1", TASK_TYPE), POSTMORTEM_LINK));
    for (int i = 0; i < n; i++) {
      Issue item = issue(100L + i, "OPS-" + i, i % 2 == 0 ? REMEDIATION_TYPE : TASK_TYPE);
      if (i % 2 == 0) {
        subTasks.add(item);
      } else {
        outward.add(link(postmortem, item, REMEDIATION_LINK));
      }
      records.confirmations.put(100L + i, new OwnershipConfirmation("u" + i, Instant.EPOCH, null));
    }
    int recordCallsBefore = records.calls();

    Postmortem read = reader.read(postmortem);

    assertEquals(n, read.actionItems().size());
    return invocations(links)
        + invocations(customFields)
        + invocations(settingsFactory)
        + invocations(settings)
        + invocations(timeZones)
        + (int)
            mockingDetails(postmortem).getInvocations().stream()
                .filter(i -> i.getMethod().getName().equals("getSubTaskObjects"))
                .count()
        + records.calls()
        - recordCallsBefore;
  }

  private void setUpFresh() {
    org.mockito.Mockito.clearInvocations(links, customFields, settingsFactory, settings, timeZones);
    outward.clear();
    inward.clear();
    subTasks.clear();
    records.confirmations.clear();
    postmortem = issue(1L, "PM-1", POSTMORTEM_TYPE);
    when(postmortem.getSubTaskObjects()).thenReturn(subTasks);
  }

  private static int invocations(Object mock) {
    return mockingDetails(mock).getInvocations().size();
  }

  private CustomField field(String id) {
    return fieldsById.computeIfAbsent(id, FakeJira::field);
  }
}

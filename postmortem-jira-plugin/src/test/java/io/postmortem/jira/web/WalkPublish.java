package io.postmortem.jira.web;

import static io.postmortem.jira.testing.FakeJira.POSTMORTEM_LINK;
import static io.postmortem.jira.testing.FakeJira.POSTMORTEM_TYPE;
import static io.postmortem.jira.testing.FakeJira.REMEDIATION_TYPE;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.WorkflowException;
import io.postmortem.core.postmortem.ActionItem;
import io.postmortem.core.postmortem.Horizon;
import io.postmortem.core.postmortem.PriorityLevel;
import io.postmortem.core.postmortem.SectionKind;
import io.postmortem.core.postmortem.Severity;
import io.postmortem.core.postmortem.TimelineEvent;
import io.postmortem.jira.application.checklist.ProjectChecklistSettings;
import io.postmortem.jira.application.checklist.ReaderTexts;
import io.postmortem.jira.application.issue.FieldRole;
import io.postmortem.jira.application.issue.InMemoryPostmortemRecords;
import io.postmortem.jira.application.issue.IssueVisibility;
import io.postmortem.jira.application.issue.JiraMapping;
import io.postmortem.jira.application.issue.JiraTime;
import io.postmortem.jira.application.issue.PostmortemConfiguration;
import io.postmortem.jira.application.issue.PostmortemReader;
import io.postmortem.jira.storage.ProjectSettingsStore;
import io.postmortem.jira.testing.BundleI18nHelper;
import io.postmortem.jira.testing.FakeJira;
import io.postmortem.jira.testing.StoreDatabase;
import io.postmortem.jira.workflow.PostmortemChecklistValidator;
import java.sql.Timestamp;
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

/**
 * "Publish" in the walk-through: the workflow's own {@link PostmortemChecklistValidator}, built as
 * Jira builds it, with the project's settings from a real store and the real {@link
 * PostmortemReader} reading the postmortem as Jira would hand it over: PM-12 with its fields
 * (sections, facilitator, review date), its link to the incident, its Remediation sub-tasks with
 * priority, Horizon, due date, assignee and success measure as the walk left them in {@link
 * WalkJira}, and their confirmations. The owner presses Publish, so the refusal is in the owner's
 * language and formats.
 */
final class WalkPublish {

  private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
  private static final long POSTMORTEM_ID = 12L;
  private static final long PROJECT_ID = 100L;
  private static final String SEVERITY_SEV_1 = "42";
  private static final Map<Horizon, Long> HORIZON_OPTIONS =
      Map.of(Horizon.SHORT_TERM, 501L, Horizon.LONG_TERM, 502L);
  private static final Map<PriorityLevel, String> PRIORITY_IDS =
      Map.of(PriorityLevel.HIGH, "2", PriorityLevel.MEDIUM, "3");

  private final JiraMapping mapping =
      FakeJira.setUpMapping()
          .withSeverities(Map.of(SEVERITY_SEV_1, Severity.SEV_1))
          .withHorizons(Map.of("501", Horizon.SHORT_TERM, "502", Horizon.LONG_TERM));
  private final IssueLinkManager links = mock(IssueLinkManager.class);
  private final JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
  private final CustomFieldManager customFields = mock(CustomFieldManager.class);
  private final InMemoryPostmortemRecords records = new InMemoryPostmortemRecords();
  private final PostmortemChecklistValidator validator;

  WalkPublish() {
    PluginSettingsFactory settingsFactory = mock(PluginSettingsFactory.class);
    PluginSettings settings = mock(PluginSettings.class);
    when(settingsFactory.createGlobalSettings()).thenReturn(settings);
    when(settings.get(anyString())).thenReturn(mapping.toMap());
    when(customFields.getCustomFieldObject(anyString()))
        .thenAnswer(call -> FakeJira.field(call.getArgument(0)));
    when(auth.getI18nHelper()).thenReturn(BundleI18nHelper.forLocale(Locale.ENGLISH));
    ApplicationUser owner = FakeJira.user("ann");
    when(auth.getLoggedInUser()).thenReturn(owner);
    lenient().when(links.getInwardLinks(anyLong())).thenReturn(List.of());
    lenient().when(links.getOutwardLinks(anyLong())).thenReturn(List.of());
    TimeZoneManager zones = mock(TimeZoneManager.class);
    when(zones.getDefaultTimezone()).thenReturn(TimeZone.getTimeZone("UTC"));
    JiraTime time = new JiraTime(zones, Clock.fixed(NOW, ZoneOffset.UTC));
    PermissionManager permissions = mock(PermissionManager.class);
    when(permissions.hasPermission(any(ProjectPermissionKey.class), any(Issue.class), any()))
        .thenReturn(true);
    validator =
        new PostmortemChecklistValidator(
            auth,
            new PostmortemReader(
                links, new PostmortemConfiguration(settingsFactory, customFields), records, time),
            time,
            new ProjectChecklistSettings(new ProjectSettingsStore(StoreDatabase.emptyH2())),
            new IssueVisibility(permissions),
            new ReaderTexts(users()).texts(auth));
  }

  /** The walk's people, by user key, with the display names the refusal shows. */
  private static UserManager users() {
    UserManager users = mock(UserManager.class);
    for (String key : List.of("ann", "bob", "dave")) {
      ApplicationUser user =
          FakeJira.user(key, Character.toUpperCase(key.charAt(0)) + key.substring(1));
      when(users.getUserByKey(key)).thenReturn(user);
    }
    return users;
  }

  /**
   * Runs the validator on the transition, as the workflow does.
   *
   * @return the messages of its refusal, one per line the user sees; empty when it let the
   *     postmortem through
   */
  List<String> publish(WalkJira walk) {
    Issue postmortem = postmortemIssue(walk);
    try {
      validator.validate(Map.of("issue", postmortem), new HashMap<>(), null);
      return List.of();
    } catch (InvalidInputException refused) {
      return refused.getGenericErrors().stream().map(String::valueOf).toList();
    } catch (WorkflowException e) {
      throw new AssertionError("the validator failed instead of deciding", e);
    }
  }

  private Issue postmortemIssue(WalkJira walk) {
    String summary = walk.summary();
    Issue postmortem = FakeJira.issue(POSTMORTEM_ID, "PM-12", POSTMORTEM_TYPE);
    when(postmortem.getSummary()).thenReturn(summary);
    when(postmortem.getProjectId()).thenReturn(PROJECT_ID);
    when(postmortem.getCreated()).thenReturn(Timestamp.from(NOW));
    Map<String, Object> values = new HashMap<>();
    walk.postmortem().sections().forEach((kind, text) -> values.put(fieldOf(kind), text));
    values.put(field(FieldRole.FACILITATOR), walk.facilitator());
    values.put(
        field(FieldRole.REVIEW_MEETING_DATE), FakeJira.day(walk.postmortem().reviewMeetingOn()));
    answerFields(postmortem, values);
    List<Issue> items = new ArrayList<>();
    long id = 20L;
    for (ActionItem item : walk.items.values()) {
      items.add(itemIssue(++id, item, postmortem));
    }
    when(postmortem.getSubTaskObjects()).thenReturn(items);
    Issue incident = FakeJira.issue(5L, "OPS-5", "10001");
    when(incident.getResolutionDate()).thenReturn(Timestamp.from(walk.resolved()));
    answerFields(
        incident,
        Map.of(
            field(FieldRole.SEVERITY), FakeJira.option(Long.parseLong(SEVERITY_SEV_1), "Sev-1")));
    IssueLink reviews = FakeJira.link(postmortem, incident, POSTMORTEM_LINK);
    when(links.getOutwardLinks(POSTMORTEM_ID)).thenReturn(List.of(reviews));
    records.timeline(POSTMORTEM_ID, walk.timeline().toArray(new TimelineEvent[0]));
    return postmortem;
  }

  private Issue itemIssue(long id, ActionItem item, Issue postmortem) {
    Issue issue =
        FakeJira.item(
            id,
            item.key(),
            item.summary(),
            FakeJira.user(item.assigneeKey()),
            item.dueDate(),
            LocalDate.ofInstant(item.createdAt(), ZoneOffset.UTC),
            postmortem);
    IssueType remediation = FakeJira.issueType(REMEDIATION_TYPE, true);
    when(issue.getIssueType()).thenReturn(remediation);
    String priorityId = PRIORITY_IDS.get(item.priority());
    Priority priority = FakeJira.priority(priorityId, item.priority().name());
    when(issue.getPriority()).thenReturn(priority);
    answerFields(
        issue,
        Map.of(
            field(FieldRole.HORIZON),
            FakeJira.option(HORIZON_OPTIONS.get(item.horizon()), item.horizon().name()),
            field(FieldRole.SUCCESS_MEASURE),
            item.successMeasure()));
    if (item.confirmation() != null) {
      records.confirm(id, item.confirmation());
    }
    return issue;
  }

  /** Custom field values by field id, as Jira answers {@code getCustomFieldValue}. */
  private static void answerFields(Issue issue, Map<String, Object> values) {
    when(issue.getCustomFieldValue(any(CustomField.class)))
        .thenAnswer(call -> values.get(call.<CustomField>getArgument(0).getId()));
  }

  private String field(FieldRole role) {
    return mapping.fieldId(role).orElseThrow();
  }

  private String fieldOf(SectionKind kind) {
    for (FieldRole role : FieldRole.values()) {
      if (role.section().filter(kind::equals).isPresent()) {
        return field(role);
      }
    }
    throw new IllegalArgumentException("no field for " + kind);
  }
}

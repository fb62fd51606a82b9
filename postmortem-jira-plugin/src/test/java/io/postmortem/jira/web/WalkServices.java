package io.postmortem.jira.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.config.PriorityManager;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.postmortem.core.creation.AssigneeRule;
import io.postmortem.core.creation.AutomaticPostmortems;
import io.postmortem.core.postmortem.Horizon;
import io.postmortem.core.postmortem.Severity;
import io.postmortem.jira.application.checklist.LiveChecklist;
import io.postmortem.jira.application.checklist.MessageTexts;
import io.postmortem.jira.application.checklist.ProjectChecklistSettings;
import io.postmortem.jira.application.checklist.ReaderTexts;
import io.postmortem.jira.application.issue.ActionItemCreator;
import io.postmortem.jira.application.issue.FieldRole;
import io.postmortem.jira.application.issue.IncidentHistory;
import io.postmortem.jira.application.issue.IncidentPostmortems;
import io.postmortem.jira.application.issue.IssueAccess;
import io.postmortem.jira.application.issue.IssueVisibility;
import io.postmortem.jira.application.issue.JiraMapping;
import io.postmortem.jira.application.issue.JiraTime;
import io.postmortem.jira.application.issue.PostmortemConfiguration;
import io.postmortem.jira.application.issue.PostmortemCreation;
import io.postmortem.jira.application.issue.PostmortemReader;
import io.postmortem.jira.application.issue.RiskApprovers;
import io.postmortem.jira.rest.ActionItemInput;
import io.postmortem.jira.rest.ActionItemResource;
import io.postmortem.jira.rest.DateHorizon;
import io.postmortem.jira.rest.IncidentPostmortemResource;
import io.postmortem.jira.rest.OwnershipResource;
import io.postmortem.jira.rest.ProposalAnswerResource;
import io.postmortem.jira.rest.ProposalItems;
import io.postmortem.jira.rest.RestTestRuntime;
import io.postmortem.jira.storage.ActiveObjectsPostmortemRecords;
import io.postmortem.jira.storage.AutomaticPostmortemStore;
import io.postmortem.jira.storage.LanguageOverrideStore;
import io.postmortem.jira.storage.OwnershipStore;
import io.postmortem.jira.storage.ProjectSettingsStore;
import io.postmortem.jira.storage.ProposalAnswers;
import io.postmortem.jira.storage.RecurrenceStore;
import io.postmortem.jira.storage.RiskAcceptanceStore;
import io.postmortem.jira.storage.TimelineStore;
import io.postmortem.jira.testing.BundleI18nHelper;
import io.postmortem.jira.testing.FakeJira;
import io.postmortem.jira.testing.StoreDatabase;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The walk-through's Jira: the shared {@link FakeJira} with the app's real stores on one H2
 * database and the real resources the pages' scripts call ({@code IncidentPostmortemResource},
 * {@code ActionItemResource}, {@code OwnershipResource}, {@code ProposalAnswerResource}). OPS-5 is
 * a Sev-1 incident in OPS, resolved at {@link #RESOLVED}; its postmortems go to PM, which has had
 * eleven issues, so the walk's postmortem is PM-12; action items go to OPS (twenty issues so far)
 * as issues linked to it. Ann, Bob and Dave may create issues and be assigned in both projects.
 */
final class WalkServices {

  static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
  static final Instant RESOLVED = Instant.parse("2026-12-01T09:40:00Z");
  static final String SEVERITY_SEV_1 = "42";
  static final I18nHelper ENGLISH = BundleI18nHelper.forLocale(Locale.ENGLISH);

  final FakeJira jira = new FakeJira().at(NOW);
  final ActiveObjects ao = StoreDatabase.emptyH2();
  final TimelineStore timeline = new TimelineStore(ao);
  final OwnershipStore ownership = new OwnershipStore(ao);
  final RiskAcceptanceStore risks = new RiskAcceptanceStore(ao);
  final AutomaticPostmortemStore automatic = new AutomaticPostmortemStore(ao);
  final ProjectChecklistSettings settings =
      new ProjectChecklistSettings(new ProjectSettingsStore(ao));
  final ProjectManager projects = mock(ProjectManager.class);
  final JiraMapping mapping =
      FakeJira.setUpMapping()
          .withSeverities(Map.of(SEVERITY_SEV_1, Severity.SEV_1))
          .withHorizons(Map.of("501", Horizon.SHORT_TERM, "502", Horizon.LONG_TERM));
  final PostmortemConfiguration configuration = FakeJira.configuration(mapping);
  final JiraTime time = time();
  final PostmortemReader reader =
      new PostmortemReader(
          jira.links,
          configuration,
          new ActiveObjectsPostmortemRecords(
              ownership, risks, timeline, new LanguageOverrideStore(ao), new RecurrenceStore(ao)),
          time);
  final UserManager users = mock(UserManager.class);
  final Project ops = jira.project(100L, "OPS", 20);
  final Project pm = jira.project(200L, "PM", 11);
  final MutableIssue incident = jira.issue("OPS-5", 5L);

  WalkServices() {
    IssueType incidentType = FakeJira.issueType("10001", false);
    when(incident.getIssueType()).thenReturn(incidentType);
    when(incident.getProjectObject()).thenReturn(ops);
    when(incident.getResolutionDate()).thenReturn(Timestamp.from(RESOLVED));
    Option sev1 = FakeJira.option(Long.parseLong(SEVERITY_SEV_1), "Sev-1");
    String severityField = mapping.fieldId(FieldRole.SEVERITY).orElseThrow();
    when(incident.getCustomFieldValue(any()))
        .thenAnswer(
            call -> {
              CustomField field = call.getArgument(0);
              return field != null && severityField.equals(field.getId()) ? sev1 : null;
            });
    IssueType task = FakeJira.issueType(FakeJira.TASK_TYPE, false);
    when(task.getName()).thenReturn("Task");
    when(ops.getIssueTypes()).thenReturn(List.of(task));
    for (String key : List.of("ann", "bob", "dave")) {
      ApplicationUser user =
          FakeJira.user(key, Character.toUpperCase(key.charAt(0)) + key.substring(1));
      when(users.getUserByName(key)).thenReturn(user);
      when(users.getUserByKey(key)).thenReturn(user);
    }
    when(jira.permissions.hasPermission(
            eq(ProjectPermissions.CREATE_ISSUES), any(Project.class), any()))
        .thenReturn(true);
    when(jira.permissions.hasPermission(
            eq(ProjectPermissions.ASSIGNABLE_USER), any(Project.class), any()))
        .thenReturn(true);
    when(jira.permissions.getProjects(eq(ProjectPermissions.CREATE_ISSUES), any()))
        .thenReturn(List.of(ops));
    // A project's rule names PM only while it is on; no listener runs in this walk.
    automatic.save(
        ops.getId(),
        new AutomaticPostmortems(true, Severity.SEV_1, AssigneeRule.FACILITATOR, "ann", "PM"));
    when(projects.getProjectObjByKey("PM")).thenReturn(pm);
    when(projects.getProjectObjByKey("OPS")).thenReturn(ops);
    when(jira.authenticationContext.getI18nHelper()).thenReturn(ENGLISH);
    logIn("ann");
  }

  /** From now on, {@code userKey} is the one using Jira. */
  void logIn(String userKey) {
    ApplicationUser user = users.getUserByKey(userKey);
    when(jira.authenticationContext.getLoggedInUser()).thenReturn(user);
  }

  /** PM-12 as Jira holds it; null until the walk created it. */
  MutableIssue postmortem() {
    return jira.issueManager.getIssueObject("PM-12");
  }

  /**
   * Gives PM-12 what no step of the walk edits, the way its author would have typed it: the six
   * sections and a review meeting the day after creation. Does nothing before PM-12 exists.
   */
  void writeSections() {
    MutableIssue pm12 = postmortem();
    if (pm12 == null || pm12.getCustomFieldValue(field(FieldRole.IMPACT)) != null) {
      return;
    }
    Map<FieldRole, String> sections =
        Map.of(
            FieldRole.IMPACT, "For 40 minutes 12% of EU checkouts returned 502.",
            FieldRole.ROOT_CAUSES, "A configuration push halved the consumer pool at peak.",
            FieldRole.RESOLUTION, "The on-call engineer restored the previous configuration.",
            FieldRole.WENT_WELL, "The latency alert paged within two minutes.",
            FieldRole.WENT_WRONG, "The lag dashboard was not linked from the runbook.",
            FieldRole.GOT_LUCKY, "The peak ended shortly after the mitigation.");
    sections.forEach((role, text) -> jira.edit(pm12, field(role), text));
    jira.edit(
        pm12,
        field(FieldRole.REVIEW_MEETING_DATE),
        Timestamp.from(NOW.plus(java.time.Duration.ofDays(1))));
  }

  private CustomField field(FieldRole role) {
    return FakeJira.field(mapping.fieldId(role).orElseThrow());
  }

  IncidentPanelBuilder incidentPanel() {
    return new IncidentPanelBuilder(
        configuration,
        new IncidentPostmortems(configuration, automatic, projects, jira.links),
        jira.permissions,
        new IssueVisibility(jira.permissions),
        jira.authenticationContext);
  }

  PostmortemPanelBuilder postmortemPanel() {
    return new PostmortemPanelBuilder(
        reader,
        new LiveChecklist(
            reader,
            time,
            jira.authenticationContext,
            settings,
            new IssueVisibility(jira.permissions),
            texts()),
        ownership,
        jira.permissions,
        new IssueVisibility(jira.permissions),
        jira.authenticationContext,
        texts());
  }

  LifecyclePanelBuilder lifecyclePanel() {
    return new LifecyclePanelBuilder(
        reader,
        settings,
        time,
        new OpenProposals(jira.links, ownership),
        new RiskRows(risks, mock(RiskApprovers.class)),
        jira.authenticationContext,
        texts());
  }

  RemediationPanelBuilder remediationPanel() {
    return new RemediationPanelBuilder(
        configuration,
        jira.links,
        ownership,
        texts(),
        new IssueVisibility(jira.permissions),
        jira.authenticationContext);
  }

  /** The texts as the logged-in user reads them. */
  MessageTexts texts() {
    return new ReaderTexts(users).texts(jira.authenticationContext);
  }

  /** The real resources the walk's pages call, as the plugin's REST module serves them. */
  ResourceConfig resources() {
    PriorityManager priorities = mock(PriorityManager.class);
    List<com.atlassian.jira.issue.priority.Priority> jiraPriorities =
        List.of(FakeJira.priority("2", "High"), FakeJira.priority("3", "Medium"));
    when(priorities.getPriorities()).thenReturn(jiraPriorities);
    OptionsManager options = mock(OptionsManager.class);
    Option shortTerm = FakeJira.option(501L, "Short term");
    Option longTerm = FakeJira.option(502L, "Long term");
    when(options.findByOptionId(501L)).thenReturn(shortTerm);
    when(options.findByOptionId(502L)).thenReturn(longTerm);
    IssueAccess access =
        new IssueAccess(jira.issueManager, jira.permissions, jira.authenticationContext);
    return RestTestRuntime.application(
        jira,
        new IncidentPostmortemResource(
            access,
            new IncidentPostmortems(configuration, automatic, projects, jira.links),
            new IncidentHistory(
                mock(ChangeHistoryManager.class),
                mock(CommentManager.class),
                mock(StatusManager.class)),
            new PostmortemCreation(jira.issueService, jira.links, configuration),
            timeline,
            new IncidentPostmortemResource.Jira(
                configuration, jira.permissions, users, jira.authenticationContext, time)),
        new ActionItemResource(
            access,
            reader,
            settings,
            configuration,
            new ActionItemInput(projects, jira.permissions, users, priorities, configuration),
            new ActionItemCreator(
                jira.issueFactory, jira.issueManager, jira.subTasks, jira.links, options),
            time,
            jira.authenticationContext),
        new OwnershipResource(access, ownership, time, new DateHorizon(noSettings()), texts()),
        new ProposalAnswerResource(
            access,
            new ProposalAnswers(ao, ownership),
            new ProposalItems(jira.issueManager, jira.links, mock(CommentManager.class)),
            time,
            texts()));
  }

  private static PluginSettingsFactory noSettings() {
    PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
    when(factory.createGlobalSettings()).thenReturn(mock(PluginSettings.class));
    return factory;
  }

  private static JiraTime time() {
    TimeZoneManager zones = mock(TimeZoneManager.class);
    when(zones.getDefaultTimezone()).thenReturn(TimeZone.getTimeZone("UTC"));
    when(zones.getLoggedInUserTimeZone()).thenReturn(TimeZone.getTimeZone("UTC"));
    return new JiraTime(zones, Clock.fixed(NOW, ZoneOffset.UTC));
  }
}

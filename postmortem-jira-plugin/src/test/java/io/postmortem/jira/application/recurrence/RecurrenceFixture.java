package io.postmortem.jira.application.recurrence;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.jira.application.issue.IssueVisibility;
import io.postmortem.jira.application.issue.PostmortemConfiguration;
import io.postmortem.jira.application.issue.PostmortemReader;
import io.postmortem.jira.application.search.IssueSearch;
import io.postmortem.jira.storage.RecurrenceStore;
import io.postmortem.jira.testing.FakeJira;
import io.postmortem.jira.testing.StoreDatabase;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Jira with the app set up (postmortem type 10100, remediation sub-task type 10101, link types 1
 * and 2), mocked Jira services from {@link FakeJira}, and the real recurrence store on H2.
 */
final class RecurrenceFixture {
  static final String POSTMORTEM_TYPE = "10100";
  static final String REMEDIATION_TYPE = "10101";
  static final long POSTMORTEM_LINK = 1L;
  static final long REMEDIATION_LINK = 2L;

  private static final Project PROJECT = project();

  final FakeJira jira;
  final RecurrenceStore store = new RecurrenceStore(StoreDatabase.emptyH2());
  final PostmortemConfiguration configuration = configuration();
  final RecurrenceGuard guard;

  RecurrenceFixture() throws Exception {
    jira = new FakeJira();
    lenient()
        .when(jira.permissions.hasPermission(any(), any(Project.class), any()))
        .thenReturn(true);
    IssueSearch search = new IssueSearch(jira.searchService);
    guard =
        new RecurrenceGuard(
            configuration,
            new CandidateSearch(
                search,
                FakeJira.time(Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC))),
            store,
            new IssueVisibility(jira.permissions),
            new EarlierRemediation(jira.links));
  }

  private static Project project() {
    Project project = mock(Project.class);
    lenient().when(project.getId()).thenReturn(10000L);
    lenient().when(project.getKey()).thenReturn("OPS");
    return project;
  }

  static PostmortemConfiguration configuration() {
    PluginSettings settings = mock(PluginSettings.class);
    lenient()
        .when(settings.get(anyString()))
        .thenReturn(
            Map.of(
                "issuetype.postmortem",
                POSTMORTEM_TYPE,
                "issuetype.remediation",
                REMEDIATION_TYPE,
                "linktype.postmortem",
                String.valueOf(POSTMORTEM_LINK),
                "linktype.remediation",
                String.valueOf(REMEDIATION_LINK)));
    PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
    lenient().when(factory.createGlobalSettings()).thenReturn(settings);
    return new PostmortemConfiguration(factory, mock(CustomFieldManager.class));
  }

  /** A postmortem issue created on {@code created}, filed under {@code facets} (components). */
  static Issue postmortem(
      long id, String key, String summary, LocalDate created, String... facets) {
    Issue issue = issue(id, key, summary, POSTMORTEM_TYPE, created);
    components(issue, facets);
    return issue;
  }

  /** Remediation sub-tasks of {@code postmortem}, each done or open. */
  static List<Issue> items(Issue postmortem, long firstId, int count, boolean done) {
    List<Issue> items = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Issue item =
          issue(
              firstId + i,
              "OPS-" + (firstId + i),
              "Alert on pool saturation " + i,
              REMEDIATION_TYPE,
              LocalDate.parse("2026-01-10"));
      Status status = mock(Status.class);
      lenient().when(status.getName()).thenReturn(done ? "Done" : "In Progress");
      lenient().when(item.getStatus()).thenReturn(status);
      lenient()
          .when(item.getResolutionDate())
          .thenReturn(done ? Timestamp.valueOf("2026-02-01 10:00:00") : null);
      items.add(item);
    }
    lenient().when(postmortem.getSubTaskObjects()).thenReturn(items);
    return items;
  }

  static Issue issue(long id, String key, String summary, String typeId, LocalDate created) {
    Issue issue = mock(Issue.class);
    lenient().when(issue.getId()).thenReturn(id);
    lenient().when(issue.getKey()).thenReturn(key);
    lenient().when(issue.getSummary()).thenReturn(summary);
    IssueType type = mock(IssueType.class);
    lenient().when(type.getId()).thenReturn(typeId);
    lenient().when(issue.getIssueType()).thenReturn(type);
    lenient().when(issue.getCreated()).thenReturn(Timestamp.valueOf(created.atTime(9, 0)));
    lenient().when(issue.getComponents()).thenReturn(List.of());
    lenient().when(issue.getLabels()).thenReturn(Set.of());
    lenient().when(issue.getProjectObject()).thenReturn(PROJECT);
    lenient().when(issue.getSecurityLevelId()).thenReturn(null);
    return issue;
  }

  /** An issue under a security level the viewer is not in. */
  void hide(Issue issue) {
    jira.hidden.add(issue.getKey());
    lenient().when(issue.getSecurityLevelId()).thenReturn(10500L);
  }

  static void components(Issue issue, String... names) {
    List<ProjectComponent> components = new ArrayList<>();
    for (String name : names) {
      ProjectComponent component = mock(ProjectComponent.class);
      lenient().when(component.getName()).thenReturn(name);
      components.add(component);
    }
    lenient().when(issue.getComponents()).thenReturn(components);
  }

  static void labels(Issue issue, String... names) {
    Set<Label> labels = new java.util.LinkedHashSet<>();
    for (String name : names) {
      labels.add(new Label((long) name.hashCode(), issue.getId(), name));
    }
    lenient().when(issue.getLabels()).thenReturn(labels);
  }

  /** What the postmortem reader would have read of {@code postmortem}: no incidents, no text. */
  static PostmortemReader.Reading reading(Issue postmortem) {
    return new PostmortemReader.Reading(
        Postmortem.builder(postmortem.getKey(), LocalDate.parse("2026-12-01")).build(),
        List.of(),
        List.of());
  }
}

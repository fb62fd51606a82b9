package io.postmortem.jira.dashboard;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.project.version.Version;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.postmortem.core.postmortem.PostmortemRecords;
import io.postmortem.core.remediation.RemediationPolicy;
import io.postmortem.jira.application.issue.IssueVisibility;
import io.postmortem.jira.application.issue.JiraTime;
import io.postmortem.jira.application.issue.PostmortemConfiguration;
import io.postmortem.jira.application.search.IssueSearch;
import io.postmortem.jira.application.search.OpenItemReader;
import io.postmortem.jira.application.search.PostmortemLookup;
import io.postmortem.jira.application.search.RemediationScope;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.function.Function;

/**
 * Mocked Jira services that answer like a Jira holding a set of open remediation items: the page
 * search returns a page of them (the total as configured), and counts answer per state clause.
 * Every JQL text is recorded.
 */
public final class FakeJira {
  public final SearchService searchService = mock(SearchService.class);
  public final IssueLinkManager links = mock(IssueLinkManager.class);
  public final PermissionManager permissions = mock(PermissionManager.class);

  /** Keys of issues the searching user may not browse (everything else is visible). */
  public final Set<String> hidden = new java.util.HashSet<>();

  public final List<String> parsedJql = new ArrayList<>();
  public final List<PagerFilter> pagers = new ArrayList<>();
  private final Map<Query, String> jqlOf = new HashMap<>();
  private final List<Issue> openItems = new ArrayList<>();
  private final List<Map.Entry<java.util.function.Predicate<String>, List<Issue>>> routes =
      new ArrayList<>();
  private int total = -1;
  private Function<String, Long> counts = jql -> 0L;
  private boolean valid = true;

  /**
   * The dashboard service over this Jira, reading our own records and judging items at noon of
   * {@code today} in the default zone.
   */
  public RemediationItemsService service(
      PostmortemRecords records, RemediationScope scope, LocalDate today) {
    IssueSearch search = new IssueSearch(searchService);
    ZoneId zone = ZoneId.systemDefault();
    return new RemediationItemsService(
        search,
        reader(records, scope),
        scope,
        RemediationPolicy.defaults(),
        time(Clock.fixed(today.atTime(12, 0).atZone(zone).toInstant(), zone)));
  }

  /** The item reader over this Jira with the default mapping (no custom fields set up). */
  public OpenItemReader reader(PostmortemRecords records, RemediationScope scope) {
    return new OpenItemReader(
        configuration(),
        records,
        new PostmortemLookup(links, scope),
        new IssueVisibility(permissions));
  }

  /** The app's configuration as a fresh install has it: Jira's standard priorities, no fields. */
  public static PostmortemConfiguration configuration() {
    PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
    lenient().when(factory.createGlobalSettings()).thenReturn(mock(PluginSettings.class));
    return new PostmortemConfiguration(factory, mock(CustomFieldManager.class));
  }

  /** Jira's time with the clock's zone as both the default and the viewer's zone. */
  public static JiraTime time(Clock clock) {
    TimeZoneManager zones = mock(TimeZoneManager.class);
    TimeZone zone = TimeZone.getTimeZone(clock.getZone());
    lenient().when(zones.getDefaultTimezone()).thenReturn(zone);
    lenient().when(zones.getLoggedInUserTimeZone()).thenReturn(zone);
    return new JiraTime(zones, clock);
  }

  public FakeJira() throws Exception {
    lenient()
        .when(permissions.hasPermission(any(), any(Issue.class), any()))
        .thenAnswer(call -> !hidden.contains(call.<Issue>getArgument(1).getKey()));
    lenient()
        .when(searchService.parseQuery(any(), anyString()))
        .thenAnswer(
            call -> {
              String jql = call.getArgument(1);
              parsedJql.add(jql);
              Query query = mock(Query.class);
              jqlOf.put(query, jql);
              SearchService.ParseResult result = mock(SearchService.ParseResult.class);
              lenient().when(result.isValid()).thenReturn(valid);
              lenient().when(result.getQuery()).thenReturn(query);
              MessageSet errors = new MessageSetImpl();
              if (!valid) {
                errors.addErrorMessage("The value 'NOPE' does not exist for the field 'project'.");
              }
              lenient().when(result.getErrors()).thenReturn(errors);
              return result;
            });
    org.mockito.stubbing.Answer<SearchResults<Issue>> pageAnswer =
        call -> {
          String jql = jqlOf.get(call.getArgument(1));
          PagerFilter pager = call.getArgument(2);
          pagers.add(pager);
          List<Issue> all = matching(jql);
          List<Issue> page =
              all.subList(
                  Math.min(pager.getStart(), all.size()),
                  Math.min(pager.getStart() + pager.getMax(), all.size()));
          @SuppressWarnings("unchecked")
          SearchResults<Issue> results = mock(SearchResults.class);
          lenient().when(results.getResults()).thenReturn(page);
          lenient()
              .when(results.getTotal())
              .thenReturn(total >= 0 && all == openItems ? total : all.size());
          return results;
        };
    lenient().when(searchService.search(any(), any(), any())).thenAnswer(pageAnswer);
    lenient()
        .when(searchService.searchOverrideSecurity(any(), any(), any()))
        .thenAnswer(pageAnswer);
    lenient()
        .when(searchService.searchCount(any(), any()))
        .thenAnswer(call -> counts.apply(jqlOf.get(call.getArgument(1))));
    lenient().when(links.getInwardLinks(any())).thenReturn(List.of());
    lenient().when(links.getOutwardLinks(any())).thenReturn(List.of());
  }

  private List<Issue> matching(String jql) {
    for (Map.Entry<java.util.function.Predicate<String>, List<Issue>> route : routes) {
      if (route.getKey().test(jql)) {
        return route.getValue();
      }
    }
    return openItems;
  }

  /** Searches whose JQL contains {@code fragment} find {@code issues} instead of the open items. */
  public FakeJira answering(String fragment, List<Issue> issues) {
    routes.add(Map.entry(jql -> jql.contains(fragment), issues));
    return this;
  }

  public FakeJira withTotal(int value) {
    total = value;
    return this;
  }

  public FakeJira withCounts(Function<String, Long> answer) {
    counts = answer;
    return this;
  }

  public FakeJira rejectingQueries() {
    valid = false;
    return this;
  }

  /** Puts the item into a fix version, which is what "scheduled" reads. */
  public FakeJira scheduled(Issue issue) {
    lenient().when(issue.getFixVersions()).thenReturn(List.of(mock(Version.class)));
    return this;
  }

  public FakeJira open(Issue issue) {
    openItems.add(issue);
    return this;
  }

  public FakeJira open(Collection<Issue> issues) {
    openItems.addAll(issues);
    return this;
  }

  /** A postmortem issue whose incidents are linked with the incident link type. */
  public Issue postmortem(long id, String key, String ownerKey, Issue... incidents) {
    Issue postmortem = issue(id, key, "Postmortem " + key, ownerKey, null, null, LocalDate.now());
    List<IssueLink> outward = new ArrayList<>();
    for (Issue incident : incidents) {
      IssueLink link = mock(IssueLink.class);
      lenient()
          .when(link.getLinkTypeId())
          .thenReturn(io.postmortem.jira.jql.TestScope.INCIDENT_LINK);
      lenient().when(link.getDestinationObject()).thenReturn(incident);
      outward.add(link);
    }
    lenient().when(links.getOutwardLinks(id)).thenReturn(outward);
    return postmortem;
  }

  /** A remediation sub-task of {@code parent}. */
  public static Issue item(
      long id,
      String key,
      String summary,
      ApplicationUser assignee,
      LocalDate due,
      LocalDate created,
      Issue parent,
      String... components) {
    Issue item =
        issue(
            id, key, summary, assignee == null ? null : assignee.getKey(), assignee, due, created);
    lenient().when(item.isSubTask()).thenReturn(parent != null);
    lenient().when(item.getParentObject()).thenReturn(parent);
    List<ProjectComponent> teams = new ArrayList<>();
    for (String name : components) {
      ProjectComponent component = mock(ProjectComponent.class);
      lenient().when(component.getName()).thenReturn(name);
      teams.add(component);
    }
    lenient().when(item.getComponents()).thenReturn(teams);
    return item;
  }

  public static ApplicationUser user(String key, String displayName) {
    ApplicationUser user = mock(ApplicationUser.class);
    lenient().when(user.getKey()).thenReturn(key);
    lenient().when(user.getUsername()).thenReturn(key);
    lenient().when(user.getDisplayName()).thenReturn(displayName);
    lenient().when(user.getEmailAddress()).thenReturn(key + "@example.com");
    lenient().when(user.isActive()).thenReturn(true);
    return user;
  }

  private static Issue issue(
      long id,
      String key,
      String summary,
      String assigneeKey,
      ApplicationUser assignee,
      LocalDate due,
      LocalDate created) {
    Issue issue = mock(Issue.class);
    lenient().when(issue.getId()).thenReturn(id);
    lenient().when(issue.getKey()).thenReturn(key);
    lenient().when(issue.getSummary()).thenReturn(summary);
    lenient().when(issue.getAssigneeId()).thenReturn(assigneeKey);
    lenient().when(issue.getAssignee()).thenReturn(assignee);
    lenient()
        .when(issue.getDueDate())
        .thenReturn(due == null ? null : Timestamp.valueOf(due.atStartOfDay()));
    lenient().when(issue.getCreated()).thenReturn(Timestamp.valueOf(created.atTime(9, 0)));
    return issue;
  }
}

package io.postmortem.jira.dashboard;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import io.postmortem.core.postmortem.PostmortemRecords;
import io.postmortem.core.remediation.RemediationPolicy;
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
import java.util.function.Function;

/**
 * Mocked Jira services that answer like a Jira holding a set of open remediation items: the page
 * search returns a page of them (the total as configured), the scheduling search returns the
 * scheduled ones, and counts answer per state clause. Every JQL text is recorded.
 */
public final class FakeJira {
  public final SearchService searchService = mock(SearchService.class);
  public final IssueLinkManager links = mock(IssueLinkManager.class);
  public final List<String> parsedJql = new ArrayList<>();
  public final List<PagerFilter> pagers = new ArrayList<>();
  private final Map<Query, String> jqlOf = new HashMap<>();
  private final List<Issue> openItems = new ArrayList<>();
  private final Set<Long> scheduled = new java.util.HashSet<>();
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
        new OpenItemReader(search, records, new PostmortemLookup(links, scope)),
        scope,
        RemediationPolicy.defaults(),
        Clock.fixed(today.atTime(12, 0).atZone(zone).toInstant(), zone));
  }

  public FakeJira() throws Exception {
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
    if (jql.startsWith("issue in (")) {
      return openItems.stream().filter(i -> scheduled.contains(i.getId())).toList();
    }
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

  public FakeJira scheduled(Issue issue) {
    scheduled.add(issue.getId());
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

package io.postmortem.jira.application.search;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.query.Query;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Jira's search as the dashboard and the reminder job use it: always as a given user, always one
 * bounded page, counts answered by the index. Queries that mention sprints are retried without them
 * when Jira Software (which owns the Sprint field) is not installed.
 */
@Named
public class IssueSearch {
  private static final String SPRINT_TERM = " OR sprint is not EMPTY";

  private final SearchService searchService;

  @Inject
  public IssueSearch(@ComponentImport SearchService searchService) {
    this.searchService = searchService;
  }

  /** The parsed query; throws {@link InvalidSearch} when even the sprint-free form is invalid. */
  public Query parse(ApplicationUser user, String jql) {
    SearchService.ParseResult parsed = searchService.parseQuery(user, jql);
    if (!parsed.isValid() && jql.contains(SPRINT_TERM)) {
      parsed = searchService.parseQuery(user, jql.replace(SPRINT_TERM, ""));
    }
    if (!parsed.isValid()) {
      throw new InvalidSearch(String.valueOf(parsed.getErrors().getErrorMessages()));
    }
    return parsed.getQuery();
  }

  /**
   * One page of issues and the total number of matches. A null user is the reminder job, which runs
   * without one: it sees every item and checks each recipient's permission itself.
   */
  public Page page(ApplicationUser user, Query query, int start, int size) {
    try {
      PagerFilter pager = PagerFilter.newPageAlignedFilter(start, size);
      var results =
          user == null
              ? searchService.searchOverrideSecurity(null, query, pager)
              : searchService.search(user, query, pager);
      return new Page(results.getResults(), results.getTotal());
    } catch (SearchException e) {
      throw new InvalidSearch(e.getMessage());
    }
  }

  public long count(ApplicationUser user, Query query) {
    try {
      return searchService.searchCount(user, query);
    } catch (SearchException e) {
      throw new InvalidSearch(e.getMessage());
    }
  }

  /** A page of results and the number of all matches. */
  public record Page(List<Issue> issues, int total) {}

  /** The search could not run: a query Jira rejects or an index failure. */
  public static final class InvalidSearch extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidSearch(String detail) {
      super(detail);
    }
  }
}

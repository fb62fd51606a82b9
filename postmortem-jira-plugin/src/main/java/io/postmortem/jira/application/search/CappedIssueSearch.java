package io.postmortem.jira.application.search;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one search behind the JQL functions: an index query as the searcher, never more than {@link
 * #MAX_RESULTS} issues, because a function's ids become one big clause in the outer query and an
 * unbounded list would load every matching issue into memory.
 */
@Named
public class CappedIssueSearch {
  /** The documented cap of every function (README, "JQL functions"). */
  public static final int MAX_RESULTS = 1000;

  private static final Logger LOG = LoggerFactory.getLogger(CappedIssueSearch.class);

  private final SearchService searchService;

  @Inject
  public CappedIssueSearch(@ComponentImport SearchService searchService) {
    this.searchService = searchService;
  }

  /** Ids of the first {@link #MAX_RESULTS} issues matching {@code jql}; none if it is invalid. */
  public CappedIds ids(ApplicationUser searcher, String jql) {
    Found found = issues(searcher, jql, MAX_RESULTS);
    return new CappedIds(
        found.issues().stream().map(Issue::getId).toList(), MAX_RESULTS, found.capped());
  }

  /** The first {@code cap} issues matching {@code jql}, and whether more matched. */
  public Found issues(ApplicationUser searcher, String jql, int cap) {
    SearchService.ParseResult parsed = searchService.parseQuery(searcher, jql);
    if (!parsed.isValid()) {
      LOG.warn("Postmortem JQL function built an invalid query: {}", parsed.getErrors());
      return new Found(List.of(), false);
    }
    try {
      SearchResults<Issue> results =
          searchService.search(searcher, parsed.getQuery(), new PagerFilter(cap));
      return new Found(results.getResults(), results.getTotal() > cap);
    } catch (SearchException e) {
      LOG.warn("Postmortem JQL function search failed", e);
      return new Found(List.of(), false);
    }
  }

  /** Issues found, at most the cap; {@code capped} when more matched than were returned. */
  public record Found(List<Issue> issues, boolean capped) {}
}

package io.postmortem.jira.application.search;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
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
  public List<Long> ids(ApplicationUser searcher, String jql) {
    SearchService.ParseResult parsed = searchService.parseQuery(searcher, jql);
    if (!parsed.isValid()) {
      LOG.warn("Postmortem JQL function built an invalid query: {}", parsed.getErrors());
      return List.of();
    }
    try {
      return searchService
          .search(searcher, parsed.getQuery(), new PagerFilter(MAX_RESULTS))
          .getResults()
          .stream()
          .map(Issue::getId)
          .toList();
    } catch (SearchException e) {
      LOG.warn("Postmortem JQL function search failed", e);
      return List.of();
    }
  }
}

package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

/** Stand-in of Jira 11.3's {@code SearchService} (condec SearchService mock, Jira Javadoc). */
public interface SearchService {
  SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager)
      throws SearchException;

  SearchResults<Issue> searchOverrideSecurity(
      ApplicationUser searcher, Query query, PagerFilter pager) throws SearchException;

  long searchCount(ApplicationUser searcher, Query query) throws SearchException;

  ParseResult parseQuery(ApplicationUser searcher, String query);

  /** Jira's nested result of {@link #parseQuery}. */
  final class ParseResult {
    public ParseResult(Query query, MessageSet errors) {
      throw new UnsupportedOperationException("stand-in");
    }

    public Query getQuery() {
      throw new UnsupportedOperationException("stand-in");
    }

    public MessageSet getErrors() {
      throw new UnsupportedOperationException("stand-in");
    }

    public boolean isValid() {
      throw new UnsupportedOperationException("stand-in");
    }
  }
}

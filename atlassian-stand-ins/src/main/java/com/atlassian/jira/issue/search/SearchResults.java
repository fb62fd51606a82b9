package com.atlassian.jira.issue.search;

import java.util.List;

/**
 * Stand-in of Jira 11.3's {@code SearchResults}; {@code getResults()} since Jira 8 (condec mock,
 * Jira 8 upgrade notes).
 */
public class SearchResults<T> {
  public SearchResults(List<T> results, int total, int maxResults, int startIndex) {
    throw new UnsupportedOperationException("stand-in");
  }

  public List<T> getResults() {
    throw new UnsupportedOperationException("stand-in");
  }

  public int getTotal() {
    throw new UnsupportedOperationException("stand-in");
  }
}

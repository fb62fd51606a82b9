package com.atlassian.jira.issue.search;

/** Stand-in of Jira 11.3's checked {@code SearchException} (condec SearchService mock). */
public class SearchException extends Exception {
  public SearchException(String message) {
    super(message);
  }
}

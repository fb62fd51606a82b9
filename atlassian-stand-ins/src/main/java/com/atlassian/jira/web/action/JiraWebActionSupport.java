package com.atlassian.jira.web.action;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Stand-in for {@code com.atlassian.jira.web.action.JiraWebActionSupport}, the base of webwork1
 * actions (members used here only). Source: codescape/jira-scrum-poker
 * ScrumPokerConfigurationAction and AbstractScrumPokerAction (Jira 11.3.1) override {@code
 * doDefault()} / {@code doExecute()}, return {@code SUCCESS} and call {@code getHttpRequest()}; the
 * {@code throws Exception} of the base methods is [K]. {@code SUCCESS} really comes from webwork's
 * {@code Action} interface. Bodies throw: compile-time only.
 */
public class JiraWebActionSupport {
  public static final String SUCCESS = "success";

  public String doDefault() throws Exception {
    throw new UnsupportedOperationException("stand-in");
  }

  protected String doExecute() throws Exception {
    throw new UnsupportedOperationException("stand-in");
  }

  public HttpServletRequest getHttpRequest() {
    throw new UnsupportedOperationException("stand-in");
  }
}

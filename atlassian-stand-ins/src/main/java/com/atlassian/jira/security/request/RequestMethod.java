package com.atlassian.jira.security.request;

/**
 * Stand-in for {@code com.atlassian.jira.security.request.RequestMethod}; GET and POST as used by
 * codescape/jira-scrum-poker (11.3.1). Other constants of the real enum are left out.
 */
public enum RequestMethod {
  GET,
  POST
}

package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged). The real type is
 * a final class; its public constructors are left out (the plugin never creates events), so a
 * private one keeps code here from calling a constructor that might not exist.
 *
 * <p>Source: Jira source of IssueEvent in the code index ({@code public Issue getIssue()}, {@code
 * public Long getEventTypeId()}); 11.x caller atlassian-labs/atlassian-slack-integration-server.
 * See atlassian-stand-ins/SOURCES.md.
 */
public final class IssueEvent {
  private IssueEvent() {}

  public Issue getIssue() {
    throw new UnsupportedOperationException("stand-in");
  }

  public Long getEventTypeId() {
    throw new UnsupportedOperationException("stand-in");
  }
}

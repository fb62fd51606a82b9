package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Map;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged). A value class
 * that keeps the issue and the event type, so tests can publish real events.
 *
 * <p>Source: Jira source of IssueEvent in the code index ({@code public Issue getIssue()}, {@code
 * public Long getEventTypeId()}); the constructor {@code IssueEvent(Issue, Map, ApplicationUser,
 * Long)} as atlassian-labs/atlassian-slack-integration-server (Jira 11) tests call it: {@code new
 * IssueEvent(issue, Collections.emptyMap(), applicationUser, 0L)}. Jira declares the map raw; the
 * erasure is the same. See atlassian-stand-ins/SOURCES.md.
 */
public final class IssueEvent {
  private final Issue issue;
  private final Long eventTypeId;
  private final ApplicationUser user;

  public IssueEvent(Issue issue, Map<?, ?> params, ApplicationUser user, Long eventTypeId) {
    this.issue = issue;
    this.eventTypeId = eventTypeId;
    this.user = user;
  }

  public Issue getIssue() {
    return issue;
  }

  public Long getEventTypeId() {
    return eventTypeId;
  }

  public ApplicationUser getUser() {
    return user;
  }
}

package com.atlassian.jira.issue.link;

import com.atlassian.jira.issue.Issue;

/**
 * Stand-in for {@code com.atlassian.jira.issue.link.IssueLink}. Source: MockIssueLink in
 * cures-hub/cures-condec-jira (implements the real interface, Jira 8.20; unchanged in 11).
 */
public interface IssueLink {
  Long getId();

  Long getSourceId();

  Long getDestinationId();

  Issue getSourceObject();

  Issue getDestinationObject();

  Long getLinkTypeId();
}

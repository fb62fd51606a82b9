package com.atlassian.jira.issue.link;

import com.atlassian.jira.issue.Issue;

/** Stand-in of Jira 11.3's {@code IssueLink} (condec MockIssueLink). */
public interface IssueLink {
  Long getSourceId();

  Long getDestinationId();

  Issue getSourceObject();

  Issue getDestinationObject();

  Long getLinkTypeId();
}

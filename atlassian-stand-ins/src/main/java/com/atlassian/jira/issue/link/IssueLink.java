package com.atlassian.jira.issue.link;

import com.atlassian.jira.issue.Issue;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged).
 *
 * <p>Source: cures-hub/cures-condec-jira MockIssueLink (implements the real interface). See
 * atlassian-stand-ins/SOURCES.md.
 */
public interface IssueLink {
  Long getId();

  Long getSourceId();

  Long getDestinationId();

  Issue getSourceObject();

  Issue getDestinationObject();

  Long getLinkTypeId();

  IssueLinkType getIssueLinkType();
}

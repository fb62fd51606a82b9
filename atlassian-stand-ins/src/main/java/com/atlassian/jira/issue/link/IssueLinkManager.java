package com.atlassian.jira.issue.link;

import java.util.List;

/**
 * Stand-in for {@code com.atlassian.jira.issue.link.IssueLinkManager} (members used here only).
 * Source: MockIssueLinkManager in cures-hub/cures-condec-jira (implements the real interface).
 */
public interface IssueLinkManager {
  List<IssueLink> getOutwardLinks(Long sourceIssueId);

  List<IssueLink> getInwardLinks(Long destinationIssueId);
}

package com.atlassian.jira.issue.link;

import java.util.List;

/** Stand-in of Jira 11.3's {@code IssueLinkManager} (condec MockIssueLinkManager). */
public interface IssueLinkManager {
  List<IssueLink> getOutwardLinks(Long sourceIssueId);

  List<IssueLink> getInwardLinks(Long destinationIssueId);
}

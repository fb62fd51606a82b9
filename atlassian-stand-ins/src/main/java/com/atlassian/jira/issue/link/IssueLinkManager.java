package com.atlassian.jira.issue.link;

import java.util.Collection;
import java.util.List;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged).
 *
 * <p>Source: cures-hub/cures-condec-jira MockIssueLinkManager (implements the real interface, Jira
 * 8.20; same in Jira 10/11 in the evidence found). createIssueLink is left out until
 * CreateException is needed. See atlassian-stand-ins/SOURCES.md.
 */
public interface IssueLinkManager {
  List<IssueLink> getOutwardLinks(Long sourceIssueId);

  List<IssueLink> getInwardLinks(Long destinationIssueId);

  Collection<IssueLink> getIssueLinks(Long issueLinkTypeId);

  void createIssueLink(
      Long sourceIssueId,
      Long destinationIssueId,
      Long issueLinkTypeId,
      Long sequence,
      com.atlassian.jira.user.ApplicationUser remoteUser)
      throws com.atlassian.jira.exception.CreateException;
}

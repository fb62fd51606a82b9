package com.atlassian.jira.issue.link;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;
import java.util.List;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged).
 *
 * <p>Source: cures-hub/cures-condec-jira MockIssueLinkManager (implements the real interface, Jira
 * 8.20; same in Jira 10/11 in the evidence found). See atlassian-stand-ins/SOURCES.md.
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
      ApplicationUser remoteUser)
      throws CreateException;
}

package com.atlassian.jira.issue.link;

import java.util.Collection;

/**
 * Stand-in for {@code com.atlassian.jira.issue.link.IssueLinkTypeManager} (members used here only).
 * Source: cures-hub/cures-condec-jira MockIssueLinkTypeManager implements it (Jira 8.20); its
 * JiraSchemeManager calls {@code createIssueLinkType(name, outward, inward, style)}.
 */
public interface IssueLinkTypeManager {
  void createIssueLinkType(String name, String outward, String inward, String style);

  IssueLinkType getIssueLinkType(Long id);

  Collection<IssueLinkType> getIssueLinkTypesByName(String name);

  Collection<IssueLinkType> getIssueLinkTypes();
}

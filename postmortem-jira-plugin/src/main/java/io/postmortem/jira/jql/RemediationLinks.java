package io.postmortem.jira.jql;

import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import io.postmortem.jira.application.search.CappedIds;
import io.postmortem.jira.application.search.RemediationScope;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Both ends of the remediation links, newest link first: one read of Jira's link rows (ids only, no
 * issue is loaded). Newest first because old links mostly lead to items long resolved.
 */
final class RemediationLinks {
  /**
   * Ends handed to one index search: below Jira's default limit of 65,000 clauses per query ({@code
   * jira.search.maxclauses}).
   */
  static final int MAX_ENDS = 50_000;

  private final IssueLinkManager links;
  private final RemediationScope scope;

  RemediationLinks(IssueLinkManager links, RemediationScope scope) {
    this.links = links;
    this.scope = scope;
  }

  /** The distinct ends of the newest links, at most {@code cap} ids. */
  CappedIds ends(int cap) {
    Long linkType = scope.remediationLinkTypeId();
    if (linkType == null) {
      return CappedIds.none(cap);
    }
    Collection<IssueLink> all = links.getIssueLinks(linkType);
    Set<Long> ids = new LinkedHashSet<>();
    boolean capped = false;
    for (IssueLink link : newestFirst(all)) {
      if (ids.size() >= cap) {
        capped = true;
        break;
      }
      ids.add(link.getSourceId());
      ids.add(link.getDestinationId());
    }
    return new CappedIds(List.copyOf(ids), cap, capped);
  }

  private static List<IssueLink> newestFirst(Collection<IssueLink> all) {
    return all.stream()
        .sorted(
            Comparator.comparing(IssueLink::getId, Comparator.nullsLast(Comparator.reverseOrder())))
        .toList();
  }
}

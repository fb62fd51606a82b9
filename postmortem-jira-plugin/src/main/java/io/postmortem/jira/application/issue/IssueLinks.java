package io.postmortem.jira.application.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One issue's links, loaded once in each direction, so that callers asking for several link types
 * cost two Jira calls in all. Both directions count for every type: an admin may map an existing
 * link type (say "relates to") whose direction people never agreed on.
 */
public final class IssueLinks {

  private final List<IssueLink> outward;
  private final List<IssueLink> inward;

  private IssueLinks(List<IssueLink> outward, List<IssueLink> inward) {
    this.outward = outward == null ? List.of() : outward;
    this.inward = inward == null ? List.of() : inward;
  }

  public static IssueLinks of(IssueLinkManager issueLinkManager, Long issueId) {
    return new IssueLinks(
        issueLinkManager.getOutwardLinks(issueId), issueLinkManager.getInwardLinks(issueId));
  }

  /** The issues at the other end of links of one type, each once, outward links first. */
  public Collection<Issue> linked(Long linkTypeId) {
    Map<Long, Issue> issues = new LinkedHashMap<>();
    if (linkTypeId == null) {
      return issues.values();
    }
    for (IssueLink link : outward) {
      if (linkTypeId.equals(link.getLinkTypeId()) && link.getDestinationObject() != null) {
        issues.putIfAbsent(link.getDestinationObject().getId(), link.getDestinationObject());
      }
    }
    for (IssueLink link : inward) {
      if (linkTypeId.equals(link.getLinkTypeId()) && link.getSourceObject() != null) {
        issues.putIfAbsent(link.getSourceObject().getId(), link.getSourceObject());
      }
    }
    return issues.values();
  }
}

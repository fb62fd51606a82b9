package io.postmortem.jira.application.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.core.postmortem.Severity;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds each item's postmortem and its incidents' worst severity for one page of items. The cost is
 * bounded by the page (at most two link reads per item outside the postmortem's project and two per
 * distinct postmortem), never by the number of open items; sub-task items need no call at all.
 */
@Named
public class PostmortemLookup {
  private final IssueLinkManager links;
  private final RemediationScope scope;

  @Inject
  public PostmortemLookup(@ComponentImport IssueLinkManager links, RemediationScope scope) {
    this.links = links;
    this.scope = scope;
  }

  /** Postmortem by item issue id; items whose postmortem cannot be found are absent. */
  public Map<Long, PostmortemOfItem> forItems(Collection<Issue> items) {
    Map<Long, PostmortemOfItem> byPostmortemId = new HashMap<>();
    Map<Long, PostmortemOfItem> byItemId = new HashMap<>();
    for (Issue item : items) {
      Issue postmortem = postmortemOf(item);
      if (postmortem != null) {
        PostmortemOfItem found =
            byPostmortemId.computeIfAbsent(postmortem.getId(), id -> describe(postmortem));
        byItemId.put(item.getId(), found);
      }
    }
    return byItemId;
  }

  private Issue postmortemOf(Issue item) {
    if (item.isSubTask()) {
      return item.getParentObject();
    }
    return linked(item, scope.remediationLinkTypeId()).stream().findFirst().orElse(null);
  }

  private PostmortemOfItem describe(Issue postmortem) {
    Severity worst =
        linked(postmortem, scope.incidentLinkTypeId()).stream()
            .map(scope::severityOf)
            .filter(Objects::nonNull)
            .min(Enum::compareTo)
            .orElse(Severity.NONE);
    return new PostmortemOfItem(postmortem.getKey(), postmortem.getAssigneeId(), worst);
  }

  /** The issues at the other end of the issue's links of one type, in either direction. */
  private List<Issue> linked(Issue issue, Long linkTypeId) {
    if (linkTypeId == null) {
      return List.of();
    }
    List<Issue> others = new ArrayList<>();
    for (IssueLink link : links.getOutwardLinks(issue.getId())) {
      if (linkTypeId.equals(link.getLinkTypeId()) && link.getDestinationObject() != null) {
        others.add(link.getDestinationObject());
      }
    }
    for (IssueLink link : links.getInwardLinks(issue.getId())) {
      if (linkTypeId.equals(link.getLinkTypeId()) && link.getSourceObject() != null) {
        others.add(link.getSourceObject());
      }
    }
    return others;
  }
}

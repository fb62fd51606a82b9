package io.postmortem.jira.application.recurrence;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.jira.application.issue.IssueLinks;
import io.postmortem.jira.application.issue.JiraMapping;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The remediation items of a suggested earlier issue: a postmortem's own items, or an incident's
 * postmortems' items. Link reads are per suggestion (at most five), never per item.
 */
@Named
public class EarlierRemediation {
  private final IssueLinkManager links;

  @Inject
  public EarlierRemediation(@ComponentImport IssueLinkManager links) {
    this.links = links;
  }

  /** The postmortems an earlier issue stands for: itself, or those reviewing the incident. */
  public List<Issue> postmortemsOf(Issue earlier, JiraMapping mapping) {
    if (isPostmortem(earlier, mapping)) {
      return List.of(earlier);
    }
    return IssueLinks.of(links, earlier.getId()).linked(mapping.postmortemLinkTypeId()).stream()
        .filter(issue -> isPostmortem(issue, mapping))
        .toList();
  }

  /** Every remediation item of these postmortems, each once, sub-tasks first. */
  public List<Issue> itemsOf(Collection<Issue> postmortems, JiraMapping mapping) {
    Map<Long, Issue> items = new LinkedHashMap<>();
    for (Issue postmortem : postmortems) {
      for (Issue subTask : nonNull(postmortem.getSubTaskObjects())) {
        if (subTask.getIssueType() != null
            && Objects.equals(mapping.remediationSubTaskTypeId(), subTask.getIssueType().getId())) {
          items.putIfAbsent(subTask.getId(), subTask);
        }
      }
      for (Issue linked :
          IssueLinks.of(links, postmortem.getId()).linked(mapping.remediationLinkTypeId())) {
        items.putIfAbsent(linked.getId(), linked);
      }
    }
    return new ArrayList<>(items.values());
  }

  static boolean isPostmortem(Issue issue, JiraMapping mapping) {
    return issue.getIssueType() != null
        && mapping.postmortemIssueTypeId() != null
        && mapping.postmortemIssueTypeId().equals(issue.getIssueType().getId());
  }

  private static Collection<Issue> nonNull(Collection<Issue> issues) {
    return issues == null ? List.of() : issues;
  }
}

package io.postmortem.jira.application.search;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;
import io.postmortem.core.postmortem.OwnershipConfirmation;
import io.postmortem.core.postmortem.PostmortemRecords;
import io.postmortem.core.postmortem.Severity;
import io.postmortem.core.remediation.OpenRemediationItem;
import io.postmortem.jira.application.issue.ActionItems;
import io.postmortem.jira.application.issue.FieldRole;
import io.postmortem.jira.application.issue.IssueVisibility;
import io.postmortem.jira.application.issue.JiraMapping;
import io.postmortem.jira.application.issue.PostmortemConfiguration;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns one page of open item issues into core values with a fixed number of reads whatever the
 * page holds: the configuration once, one storage query for their confirmations, and the
 * page-bounded postmortem lookup. Items are mapped by {@link ActionItems}, the same mapping the
 * checklist uses, so a row shows the priority, horizon and schedule the checklist judges.
 */
@Named
public class OpenItemReader {
  private final PostmortemConfiguration configuration;
  private final PostmortemRecords records;
  private final PostmortemLookup postmortems;
  private final IssueVisibility visibility;

  @Inject
  public OpenItemReader(
      PostmortemConfiguration configuration,
      PostmortemRecords records,
      PostmortemLookup postmortems,
      IssueVisibility visibility) {
    this.configuration = configuration;
    this.records = records;
    this.postmortems = postmortems;
    this.visibility = visibility;
  }

  public List<OpenRemediationItem> read(ApplicationUser user, List<Issue> issues) {
    if (issues.isEmpty()) {
      return List.of();
    }
    JiraMapping mapping = configuration.current();
    Map<FieldRole, CustomField> fields = configuration.fields(mapping);
    List<Long> ids = issues.stream().map(Issue::getId).toList();
    Map<Long, OwnershipConfirmation> confirmations = records.confirmations(ids);
    Map<Long, PostmortemOfItem> owners = visibleTo(user, postmortems.forItems(issues));
    return issues.stream()
        .map(
            issue -> {
              PostmortemOfItem postmortem = owners.get(issue.getId());
              return new OpenRemediationItem(
                  issue.getId(),
                  ActionItems.of(issue, mapping, fields, confirmations.get(issue.getId())),
                  postmortem == null ? null : postmortem.key(),
                  postmortem == null ? null : postmortem.ownerKey(),
                  postmortem == null ? Severity.NONE : postmortem.severity(),
                  teams(issue));
            })
        .toList();
  }

  /**
   * The postmortems {@code user} may browse; an item of a hidden postmortem reads as one whose
   * postmortem is unknown, so a dashboard row never shows its key or severity. The reminder job
   * reads for no user: digests name only items, each checked for its recipient.
   */
  private Map<Long, PostmortemOfItem> visibleTo(
      ApplicationUser user, Map<Long, PostmortemOfItem> byItem) {
    if (user == null || byItem.isEmpty()) {
      return byItem;
    }
    Set<Issue> hidden =
        new HashSet<>(
            visibility
                .filter(
                    byItem.values().stream().map(PostmortemOfItem::issue).distinct().toList(),
                    issue -> issue,
                    user)
                .left());
    Map<Long, PostmortemOfItem> shown = new HashMap<>(byItem);
    shown.values().removeIf(postmortem -> hidden.contains(postmortem.issue()));
    return shown;
  }

  private static List<String> teams(Issue issue) {
    if (issue.getComponents() == null) {
      return List.of();
    }
    return issue.getComponents().stream().map(ProjectComponent::getName).sorted().toList();
  }
}

package io.postmortem.jira.application.search;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import io.postmortem.core.postmortem.ActionItem;
import io.postmortem.core.postmortem.OwnershipConfirmation;
import io.postmortem.core.postmortem.PostmortemRecords;
import io.postmortem.core.postmortem.PriorityLevel;
import io.postmortem.core.postmortem.Severity;
import io.postmortem.core.remediation.OpenRemediationItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns one page of open item issues into core values with a fixed number of reads whatever the
 * page holds: one search for which of them are scheduled, one storage query for their
 * confirmations, and the page-bounded postmortem lookup.
 */
@Named
public class OpenItemReader {
  private final IssueSearch search;
  private final PostmortemRecords records;
  private final PostmortemLookup postmortems;

  @Inject
  public OpenItemReader(
      IssueSearch search, PostmortemRecords records, PostmortemLookup postmortems) {
    this.search = search;
    this.records = records;
    this.postmortems = postmortems;
  }

  public List<OpenRemediationItem> read(ApplicationUser user, List<Issue> issues) {
    if (issues.isEmpty()) {
      return List.of();
    }
    List<Long> ids = issues.stream().map(Issue::getId).toList();
    Set<Long> scheduled = scheduled(user, ids);
    Map<Long, OwnershipConfirmation> confirmations = records.confirmations(ids);
    Map<Long, PostmortemOfItem> owners = postmortems.forItems(issues);
    return issues.stream()
        .map(
            issue -> {
              PostmortemOfItem postmortem = owners.get(issue.getId());
              return new OpenRemediationItem(
                  issue.getId(),
                  actionItem(
                      issue, scheduled.contains(issue.getId()), confirmations.get(issue.getId())),
                  postmortem == null ? null : postmortem.key(),
                  postmortem == null ? null : postmortem.ownerKey(),
                  postmortem == null ? Severity.NONE : postmortem.severity(),
                  teams(issue));
            })
        .toList();
  }

  private Set<Long> scheduled(ApplicationUser user, List<Long> ids) {
    String idList = ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    String jql = "issue in (" + idList + ") AND " + StateClauses.scheduled();
    IssueSearch.Page page = search.page(user, search.parse(user, jql), 0, ids.size());
    Set<Long> scheduled = new HashSet<>();
    page.issues().forEach(issue -> scheduled.add(issue.getId()));
    return scheduled;
  }

  private static ActionItem actionItem(
      Issue issue, boolean scheduled, OwnershipConfirmation confirmation) {
    Timestamp created = issue.getCreated();
    return new ActionItem(
        issue.getKey(),
        issue.getSummary(),
        PriorityLevel.MEDIUM,
        null,
        issue.getAssigneeId(),
        day(issue.getDueDate()),
        false,
        confirmation,
        null,
        scheduled,
        created == null ? null : created.toInstant());
  }

  private static LocalDate day(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toLocalDateTime().toLocalDate();
  }

  private static List<String> teams(Issue issue) {
    if (issue.getComponents() == null) {
      return List.of();
    }
    return issue.getComponents().stream().map(ProjectComponent::getName).sorted().toList();
  }
}

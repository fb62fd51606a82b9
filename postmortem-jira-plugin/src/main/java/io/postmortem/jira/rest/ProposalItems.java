package io.postmortem.jira.rest;

import com.atlassian.jira.event.type.EventDispatchOption;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.jira.storage.DueDateProposal;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The action item a counter-proposal is about, and the two changes an answer makes to it in Jira:
 * the accepted due date, and the comment that tells the assignee why a date was declined (Jira
 * notifies them of it, and it stays on the item where they look).
 */
@Named
public final class ProposalItems {

  private final IssueManager issues;
  private final IssueLinkManager links;
  private final CommentManager comments;

  @Inject
  public ProposalItems(
      @ComponentImport IssueManager issues,
      @ComponentImport IssueLinkManager links,
      @ComponentImport CommentManager comments) {
    this.issues = issues;
    this.links = links;
    this.comments = comments;
  }

  /**
   * The proposal's item when it is one of {@code postmortem}'s items (its sub-task or linked to
   * it); empty otherwise, so an owner cannot answer proposals on someone else's postmortem.
   */
  public Optional<MutableIssue> itemOf(DueDateProposal proposal, Issue postmortem) {
    MutableIssue item = issues.getIssueObject(proposal.issueId());
    if (item == null) {
      return Optional.empty();
    }
    boolean subTask =
        postmortem.getSubTaskObjects() != null
            && postmortem.getSubTaskObjects().stream()
                .anyMatch(s -> item.getId().equals(s.getId()));
    return subTask || linked(postmortem.getId(), item.getId())
        ? Optional.of(item)
        : Optional.empty();
  }

  /** Sets the item's due date as {@code by}, firing Jira's "issue updated" event and mail. */
  public void setDueDate(MutableIssue item, LocalDate due, ApplicationUser by) {
    item.setDueDate(Timestamp.valueOf(due.atStartOfDay()));
    issues.updateIssue(by, item, EventDispatchOption.ISSUE_UPDATED, true);
  }

  /** Adds a comment by {@code by}; Jira notifies the item's watchers, its assignee among them. */
  public void comment(Issue item, ApplicationUser by, String text) {
    comments.create(item, by, text, true);
  }

  private boolean linked(Long postmortemId, Long itemId) {
    return touches(links.getOutwardLinks(postmortemId), itemId)
        || touches(links.getInwardLinks(postmortemId), itemId);
  }

  private static boolean touches(List<IssueLink> links, Long itemId) {
    return links != null
        && links.stream()
            .anyMatch(l -> itemId.equals(l.getDestinationId()) || itemId.equals(l.getSourceId()));
  }
}

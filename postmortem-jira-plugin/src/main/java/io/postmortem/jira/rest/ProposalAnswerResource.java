package io.postmortem.jira.rest;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.postmortem.core.checklist.Argument;
import io.postmortem.core.postmortem.OwnershipConfirmation;
import io.postmortem.jira.application.checklist.MessageText;
import io.postmortem.jira.application.checklist.MessageTexts;
import io.postmortem.jira.application.http.RestErrors;
import io.postmortem.jira.application.issue.IssueAccess;
import io.postmortem.jira.application.issue.JiraTime;
import io.postmortem.jira.storage.DueDateProposal;
import io.postmortem.jira.storage.ProposalAnswers;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The other half of the ownership handshake: the postmortem's owner (its assignee) accepts or
 * declines an assignee's counter-proposed due date. Accepting sets the item's due date and counts
 * as the proposer's confirmation, since it is the date they offered; declining leaves a comment
 * with the reason on the item, where its assignee sees it, and the item waits for them again.
 */
@Named
@LicensedOnly
@Path("postmortems/{key}/proposals/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProposalAnswerResource {

  static final String KEY_NOT_OWNER = "postmortem.rest.error.not-postmortem-owner";
  static final String KEY_ANSWERED = "postmortem.rest.error.proposal-answered";
  static final String KEY_DECLINED_COMMENT = "postmortem.proposal.declined.comment";

  private final IssueAccess access;
  private final ProposalAnswers answers;
  private final ProposalItems items;
  private final JiraTime time;
  private final MessageTexts texts;

  @Inject
  public ProposalAnswerResource(
      IssueAccess access,
      ProposalAnswers answers,
      ProposalItems items,
      JiraTime time,
      MessageTexts texts) {
    this.access = access;
    this.answers = answers;
    this.items = items;
    this.time = time;
    this.texts = texts;
  }

  /** 200 with the item's new confirmation; 409 when the proposal was answered meanwhile. */
  @POST
  @Path("accept")
  public ProposalAnswerView accept(
      @PathParam("key") String key, @PathParam("id") long id, ProposalAnswerRequest body) {
    RequestFields.body(body);
    Question question = question(key, id);
    access.requirePermission(question.item(), ProjectPermissions.EDIT_ISSUES);
    OwnershipConfirmation confirmation =
        answers.accept(id, time.now()).orElseThrow(() -> RestErrors.conflict(KEY_ANSWERED));
    items.setDueDate(question.item(), question.proposal().proposedDue(), access.currentUser());
    return new ProposalAnswerView(
        question.item().getKey(),
        "ACCEPTED",
        confirmation.agreedDueDate().toString(),
        confirmation.userKey(),
        texts.forViewer().user(confirmation.userKey()));
  }

  /** 200 once declined, with the reason left on the item; 400 without a reason. */
  @POST
  @Path("decline")
  public ProposalAnswerView decline(
      @PathParam("key") String key, @PathParam("id") long id, ProposalAnswerRequest body) {
    ProposalAnswerRequest request = RequestFields.body(body);
    String reason = RequestFields.text("reason", request.reason(), RequestFields.TEXT_MAX);
    Question question = question(key, id);
    if (!answers.decline(id)) {
      throw RestErrors.conflict(KEY_ANSWERED);
    }
    DueDateProposal proposal = question.proposal();
    MessageText text = texts.forViewer();
    items.comment(
        question.item(),
        access.currentUser(),
        text.format(
            KEY_DECLINED_COMMENT, Argument.day(proposal.proposedDue()), Argument.text(reason)));
    return new ProposalAnswerView(
        question.item().getKey(), "DECLINED", proposal.proposedDue().toString(), null, null);
  }

  /**
   * The open proposal and its item, after the checks every answer needs: the postmortem is visible
   * (404), the caller is its owner (403), the proposal is open and about one of its items the
   * caller can see (404).
   */
  private Question question(String key, long id) {
    Issue postmortem = access.browsable(key);
    ApplicationUser owner = postmortem.getAssignee();
    if (owner == null || !owner.getKey().equals(access.currentUser().getKey())) {
      throw RestErrors.forbidden(KEY_NOT_OWNER);
    }
    DueDateProposal proposal = answers.open(id).orElseThrow(RestErrors::notFound);
    MutableIssue item =
        items
            .itemOf(proposal, postmortem)
            .filter(access::canBrowse)
            .orElseThrow(RestErrors::notFound);
    return new Question(proposal, item);
  }

  private record Question(DueDateProposal proposal, MutableIssue item) {}
}

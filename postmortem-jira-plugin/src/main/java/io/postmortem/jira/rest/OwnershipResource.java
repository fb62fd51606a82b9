package io.postmortem.jira.rest;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.postmortem.core.postmortem.OwnershipConfirmation;
import io.postmortem.jira.application.checklist.MessageTexts;
import io.postmortem.jira.application.http.RestErrors;
import io.postmortem.jira.application.issue.IssueAccess;
import io.postmortem.jira.application.issue.JiraTime;
import io.postmortem.jira.storage.DueDateProposal;
import io.postmortem.jira.storage.OwnershipStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;

/**
 * The ownership handshake on an action item: its assignee confirms "I own this, by this date", or
 * proposes another date. Only the current assignee may do either, because the confirmation is their
 * word, not someone else's.
 */
@Named
@LicensedOnly
@Path("action-items/{key}/ownership")
@Produces(MediaType.APPLICATION_JSON)
public class OwnershipResource {

  static final String KEY_NOT_ASSIGNEE = "postmortem.rest.error.not-assignee";
  static final String KEY_DUE_CHANGED = "postmortem.rest.error.due-changed";

  private final IssueAccess access;
  private final OwnershipStore store;
  private final JiraTime time;
  private final DateHorizon horizon;
  private final MessageTexts texts;

  @Inject
  public OwnershipResource(
      IssueAccess access,
      OwnershipStore store,
      JiraTime time,
      DateHorizon horizon,
      MessageTexts texts) {
    this.access = access;
    this.store = store;
    this.time = time;
    this.horizon = horizon;
    this.texts = texts;
  }

  /** The item's confirmation state and open counter-proposals; anyone who can see the item. */
  @GET
  public OwnershipView get(@PathParam("key") String key) {
    Issue item = access.browsable(key);
    OwnershipConfirmation confirmation =
        store.confirmations(List.of(item.getId())).get(item.getId());
    List<DueDateProposal> proposals =
        store.openProposals(List.of(item.getId())).getOrDefault(item.getId(), List.of());
    return OwnershipView.of(item, confirmation, proposals, texts.forViewer());
  }

  /**
   * Confirms ownership at the due date the assignee saw. The body repeats that date so nobody
   * confirms a date changed under them (409), and because a JSON body is what keeps the call out of
   * reach of cross-site forms.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public OwnershipView confirm(@PathParam("key") String key, ConfirmRequest body) {
    Issue item = assignedToCaller(key);
    ConfirmRequest request = RequestFields.body(body);
    LocalDate seen =
        request.dueDate() == null || request.dueDate().isBlank()
            ? null
            : RequestFields.date("dueDate", request.dueDate());
    LocalDate current = dueDateOf(item);
    if (!java.util.Objects.equals(seen, current)) {
      throw RestErrors.conflict(KEY_DUE_CHANGED, current == null ? "-" : current.toString());
    }
    store.confirm(item.getId(), access.currentUser().getKey(), current, time.now());
    return get(key);
  }

  @DELETE
  public Response withdraw(@PathParam("key") String key) {
    Issue item = assignedToCaller(key);
    store.withdraw(item.getId());
    return Response.noContent().build();
  }

  /** Proposes another due date, with a comment, for the postmortem's owner to decide on. */
  @POST
  @Path("counter-proposal")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response propose(@PathParam("key") String key, CounterProposalRequest body) {
    Issue item = assignedToCaller(key);
    CounterProposalRequest request = RequestFields.body(body);
    // Jira's zone, not UTC: "today" must be the day the assignee's team sees on its calendar.
    LocalDate today = time.today();
    LocalDate due = RequestFields.dateWithin("dueDate", request.dueDate(), today, horizon.days());
    String comment =
        RequestFields.optionalText("comment", request.comment(), RequestFields.TEXT_MAX);
    DueDateProposal proposal =
        store.propose(item.getId(), access.currentUser().getKey(), due, comment, time.now());
    return Response.status(Response.Status.CREATED)
        .entity(OwnershipView.ProposalView.of(proposal, texts.forViewer()))
        .build();
  }

  private Issue assignedToCaller(String key) {
    Issue item = access.browsable(key);
    ApplicationUser assignee = item.getAssignee();
    if (assignee == null || !assignee.getKey().equals(access.currentUser().getKey())) {
      throw RestErrors.forbidden(KEY_NOT_ASSIGNEE);
    }
    return item;
  }

  /** Jira stores due dates as midnight timestamps; the calendar day is what was agreed. */
  static LocalDate dueDateOf(Issue item) {
    return JiraTime.dayOf(item.getDueDate());
  }
}

package io.postmortem.jira.rest;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.postmortem.core.postmortem.RiskAcceptance;
import io.postmortem.jira.application.checklist.MessageText;
import io.postmortem.jira.application.checklist.MessageTexts;
import io.postmortem.jira.application.issue.IssueAccess;
import io.postmortem.jira.application.issue.JiraTime;
import io.postmortem.jira.application.issue.RiskApprovers;
import io.postmortem.jira.storage.RiskAcceptanceStore;
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

/** Recording, listing and withdrawing the acceptance of the risk of recurrence on a postmortem. */
@Named
@LicensedOnly
@Path("postmortems/{key}/risk-acceptance")
@Produces(MediaType.APPLICATION_JSON)
public class RiskAcceptanceResource {

  private final IssueAccess access;
  private final RiskApprovers approvers;
  private final RiskAcceptanceStore store;
  private final JiraTime time;
  private final DateHorizon horizon;
  private final MessageTexts texts;

  /** {@code time} gives "today" in Jira's zone, so expiry dates mean the admin's calendar days. */
  @Inject
  public RiskAcceptanceResource(
      IssueAccess access,
      RiskApprovers approvers,
      RiskAcceptanceStore store,
      JiraTime time,
      DateHorizon horizon,
      MessageTexts texts) {
    this.access = access;
    this.approvers = approvers;
    this.store = store;
    this.time = time;
    this.horizon = horizon;
    this.texts = texts;
  }

  @GET
  public List<RiskAcceptanceView> list(@PathParam("key") String key) {
    Issue postmortem = access.browsable(key);
    LocalDate today = time.today();
    MessageText text = texts.forViewer();
    return store.forPostmortem(postmortem.getId()).stream()
        .map(a -> RiskAcceptanceView.of(a, today, text))
        .toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response accept(@PathParam("key") String key, RiskAcceptanceRequest body) {
    Issue postmortem = access.browsable(key);
    approvers.require(postmortem);
    RiskAcceptanceRequest request = RequestFields.body(body);
    String reason = RequestFields.text("reason", request.reason(), RequestFields.TEXT_MAX);
    LocalDate today = time.today();
    LocalDate expiresOn =
        RequestFields.dateWithin("expiresOn", request.expiresOn(), today, horizon.days());
    RiskAcceptance accepted =
        store.accept(
            postmortem.getId(), access.currentUser().getKey(), reason, expiresOn, time.now());
    return Response.status(Response.Status.CREATED)
        .entity(RiskAcceptanceView.of(accepted, today, texts.forViewer()))
        .build();
  }

  /** Ends the acceptances that still hold; they stay on record, expired as of yesterday. */
  @DELETE
  public Response withdraw(@PathParam("key") String key) {
    Issue postmortem = access.browsable(key);
    approvers.require(postmortem);
    store.withdraw(postmortem.getId(), time.today());
    return Response.noContent().build();
  }
}

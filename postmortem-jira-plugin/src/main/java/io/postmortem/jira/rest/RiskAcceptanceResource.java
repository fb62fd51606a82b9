package io.postmortem.jira.rest;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.postmortem.core.postmortem.RiskAcceptance;
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
import java.time.Clock;
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
  private final Clock clock;

  @Inject
  public RiskAcceptanceResource(
      IssueAccess access, RiskApprovers approvers, RiskAcceptanceStore store) {
    this(access, approvers, store, Clock.systemUTC());
  }

  RiskAcceptanceResource(
      IssueAccess access, RiskApprovers approvers, RiskAcceptanceStore store, Clock clock) {
    this.access = access;
    this.approvers = approvers;
    this.store = store;
    this.clock = clock;
  }

  @GET
  public List<RiskAcceptanceView> list(@PathParam("key") String key) {
    Issue postmortem = access.browsable(key);
    LocalDate today = LocalDate.now(clock);
    return store.forPostmortem(postmortem.getId()).stream()
        .map(a -> RiskAcceptanceView.of(a, today))
        .toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response accept(@PathParam("key") String key, RiskAcceptanceRequest body) {
    Issue postmortem = access.browsable(key);
    approvers.require(postmortem);
    RiskAcceptanceRequest request = RequestFields.body(body);
    String reason = RequestFields.text("reason", request.reason(), RequestFields.TEXT_MAX);
    LocalDate today = LocalDate.now(clock);
    LocalDate expiresOn = RequestFields.dateFrom("expiresOn", request.expiresOn(), today);
    RiskAcceptance accepted =
        store.accept(
            postmortem.getId(), access.currentUser().getKey(), reason, expiresOn, clock.instant());
    return Response.status(Response.Status.CREATED)
        .entity(RiskAcceptanceView.of(accepted, today))
        .build();
  }

  /** Ends the acceptances that still hold; they stay on record, expired as of yesterday. */
  @DELETE
  public Response withdraw(@PathParam("key") String key) {
    Issue postmortem = access.browsable(key);
    approvers.require(postmortem);
    store.withdraw(postmortem.getId(), LocalDate.now(clock));
    return Response.noContent().build();
  }
}

package io.postmortem.jira.rest;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.postmortem.core.postmortem.TimelineEvent;
import io.postmortem.core.postmortem.TimelineEventKind;
import io.postmortem.jira.application.http.RestErrors;
import io.postmortem.jira.application.issue.IssueAccess;
import io.postmortem.jira.storage.TimelineStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The incident timeline of a postmortem: read by whoever sees it, edited by its editors. */
@Named
@LicensedOnly
@Path("postmortems/{key}/timeline")
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {

  private final IssueAccess access;
  private final TimelineStore store;

  @Inject
  public TimelineResource(IssueAccess access, TimelineStore store) {
    this.access = access;
    this.store = store;
  }

  @GET
  public List<TimelineEventView> list(@PathParam("key") String key) {
    Issue postmortem = access.browsable(key);
    return store.forPostmortem(postmortem.getId()).stream().map(TimelineEventView::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response add(@PathParam("key") String key, TimelineEventRequest body) {
    Issue postmortem = access.editable(key);
    TimelineEvent added =
        store.add(postmortem.getId(), eventOf(body), access.currentUser().getKey());
    return Response.status(Response.Status.CREATED).entity(TimelineEventView.of(added)).build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public TimelineEventView update(
      @PathParam("key") String key, @PathParam("id") long id, TimelineEventRequest body) {
    Issue postmortem = access.editable(key);
    return store
        .update(postmortem.getId(), id, eventOf(body))
        .map(TimelineEventView::of)
        .orElseThrow(RestErrors::notFound);
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("key") String key, @PathParam("id") long id) {
    Issue postmortem = access.editable(key);
    if (!store.delete(postmortem.getId(), id)) {
      throw RestErrors.notFound();
    }
    return Response.noContent().build();
  }

  private static TimelineEvent eventOf(TimelineEventRequest body) {
    TimelineEventRequest request = RequestFields.body(body);
    return new TimelineEvent(
        null,
        RequestFields.instant("at", request.at()),
        RequestFields.choice("kind", request.kind(), TimelineEventKind.class),
        RequestFields.text("text", request.text(), RequestFields.TEXT_MAX),
        RequestFields.optionalUrl("sourceUrl", request.sourceUrl()));
  }
}

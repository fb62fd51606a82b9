package io.postmortem.jira.rest;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.postmortem.core.postmortem.LanguageOverride;
import io.postmortem.jira.application.issue.IssueAccess;
import io.postmortem.jira.application.issue.JiraTime;
import io.postmortem.jira.storage.LanguageOverrideStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** Keeping a phrase the blameless-language check flagged, with the reason on record. */
@Named
@LicensedOnly
@Path("postmortems/{key}/language-overrides")
@Produces(MediaType.APPLICATION_JSON)
public class LanguageOverrideResource {

  private final IssueAccess access;
  private final LanguageOverrideStore store;
  private final JiraTime time;

  @Inject
  public LanguageOverrideResource(IssueAccess access, LanguageOverrideStore store, JiraTime time) {
    this.access = access;
    this.store = store;
    this.time = time;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response keep(@PathParam("key") String key, LanguageOverrideRequest body) {
    Issue postmortem = access.editable(key);
    LanguageOverrideRequest request = RequestFields.body(body);
    String fingerprint =
        RequestFields.text("fingerprint", request.fingerprint(), RequestFields.SHORT_MAX);
    String reason = RequestFields.text("reason", request.reason(), RequestFields.TEXT_MAX);
    LanguageOverride kept =
        store.keep(
            postmortem.getId(), fingerprint, reason, access.currentUser().getKey(), time.now());
    return Response.status(Response.Status.CREATED)
        .entity(
            Map.of(
                "fingerprint", kept.fingerprint(),
                "reason", kept.reason(),
                "keptBy", kept.userKey(),
                "keptAt", kept.at().toString()))
        .build();
  }
}

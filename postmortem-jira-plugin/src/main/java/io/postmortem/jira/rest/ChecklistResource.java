package io.postmortem.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.postmortem.jira.application.checklist.ChecklistView;
import io.postmortem.jira.application.checklist.LiveChecklist;
import io.postmortem.jira.application.issue.IssueAccess;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The live checklist of a postmortem, for whoever can see it. */
@Named
@LicensedOnly
@Path("postmortems/{key}/checklist")
@Produces(MediaType.APPLICATION_JSON)
public class ChecklistResource {

  private final IssueAccess access;
  private final LiveChecklist checklist;

  @Inject
  public ChecklistResource(IssueAccess access, LiveChecklist checklist) {
    this.access = access;
    this.checklist = checklist;
  }

  @GET
  public ChecklistView get(@PathParam("key") String key) {
    return checklist.of(access.browsable(key));
  }
}

package io.postmortem.jira.dashboard;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.postmortem.jira.application.http.RestErrors;
import io.postmortem.jira.application.issue.IssueAccess;
import io.postmortem.jira.application.search.IssueSearch;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /rest/postmortem/1.0/remediation-items}: open remediation items of postmortems the
 * caller can see, most urgent first, with totals per state and of recurred items; with {@code
 * recurred=true}, the done items a later incident recurred instead. Visibility comes from Jira's
 * search, which runs as the caller; a bad parameter answers {@code 400 {field, message}} in the
 * caller's language, an invisible postmortem 404.
 */
@Named
@Path("/remediation-items")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class RemediationItemsResource {
  private final IssueAccess access;
  private final RemediationItemsService service;

  @Inject
  public RemediationItemsResource(IssueAccess access, RemediationItemsService service) {
    this.access = access;
    this.service = service;
  }

  @GET
  public Response items(
      @QueryParam("project") List<String> projects,
      @QueryParam("filter") String filter,
      @QueryParam("component") String component,
      @QueryParam("owner") String owner,
      @QueryParam("state") List<String> states,
      @QueryParam("postmortem") String postmortem,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("recurred") String recurred) {
    ApplicationUser user = access.currentUser();
    RemediationItemsQuery.Result parsed =
        RemediationItemsQuery.parse(
            projects, filter, component, owner, states, postmortem, page, size, recurred);
    if (!parsed.isValid()) {
      throw RestErrors.invalid(parsed.field(), parsed.messageKey());
    }
    if (parsed.query().postmortemKey() != null) {
      access.browsable(parsed.query().postmortemKey());
    }
    try {
      return Response.ok(service.page(user, parsed.query())).build();
    } catch (IssueSearch.InvalidSearch e) {
      LOG.warn("Remediation items search failed: {}", e.getMessage());
      throw RestErrors.invalid("filter", "postmortem.remediation.error.search");
    }
  }

  private static final Logger LOG = LoggerFactory.getLogger(RemediationItemsResource.class);
}

package io.postmortem.jira.dashboard;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
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
 * caller can see, most urgent first, with totals per state. Visibility comes from Jira's search,
 * which runs as the caller; a bad parameter answers {@code 400 {field, message}} in the caller's
 * language.
 */
@Named
@Path("/remediation-items")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class RemediationItemsResource {
  private static final Logger LOG = LoggerFactory.getLogger(RemediationItemsResource.class);

  private final JiraAuthenticationContext authentication;
  private final RemediationItemsService service;

  @Inject
  public RemediationItemsResource(
      @ComponentImport JiraAuthenticationContext authentication, RemediationItemsService service) {
    this.authentication = authentication;
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
      @QueryParam("size") String size) {
    RemediationItemsQuery.Result parsed =
        RemediationItemsQuery.parse(
            projects, filter, component, owner, states, postmortem, page, size);
    if (!parsed.isValid()) {
      return error(Response.Status.BAD_REQUEST, parsed.field(), parsed.messageKey());
    }
    try {
      return Response.ok(service.page(authentication.getLoggedInUser(), parsed.query())).build();
    } catch (IssueSearch.InvalidSearch e) {
      LOG.warn("Remediation items search failed: {}", e.getMessage());
      return error(Response.Status.BAD_REQUEST, "filter", "postmortem.remediation.error.search");
    }
  }

  private Response error(Response.Status status, String field, String messageKey) {
    String message = authentication.getI18nHelper().getText(messageKey);
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(new FieldError(field, message))
        .build();
  }

  /** The app's error body. */
  public record FieldError(String field, String message) {}
}

package io.postmortem.jira.report;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.postmortem.core.report.RemediationReport;
import io.postmortem.core.report.ReportCsv;
import io.postmortem.jira.application.http.RestErrors;
import io.postmortem.jira.application.issue.IssueAccess;
import io.postmortem.jira.application.search.IssueSearch;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * {@code GET /rest/postmortem/1.0/reports/remediation} (JSON) and {@code
 * .../reports/remediation.csv}: how remediation is going in the given projects (or every project
 * the caller can see) over the last months. Counts only what the caller may browse: the searches
 * run as the caller.
 */
@Named
@Path("/reports")
@LicensedOnly
public class RemediationReportResource {
  private final IssueAccess access;
  private final RemediationReportService service;

  @Inject
  public RemediationReportResource(IssueAccess access, RemediationReportService service) {
    this.access = access;
    this.service = service;
  }

  @GET
  @Path("remediation")
  @Produces("application/json")
  public Response json(
      @QueryParam("project") List<String> projects, @QueryParam("months") String months) {
    return Response.ok(ReportView.of(report(projects, months))).build();
  }

  @GET
  @Path("remediation.csv")
  @Produces("text/csv")
  public Response csv(
      @QueryParam("project") List<String> projects, @QueryParam("months") String months) {
    return Response.ok(ReportCsv.of(report(projects, months)))
        .header("Content-Disposition", "attachment; filename=\"remediation-report.csv\"")
        .build();
  }

  private RemediationReport report(List<String> projects, String months) {
    ReportRequest.Parsed parsed = ReportRequest.parse(projects, months);
    if (!parsed.isValid()) {
      throw RestErrors.invalid(parsed.field(), parsed.messageKey());
    }
    try {
      return service.report(access.currentUser(), parsed.request());
    } catch (IssueSearch.InvalidSearch e) {
      throw RestErrors.invalid("project", "postmortem.report.error.project");
    }
  }
}

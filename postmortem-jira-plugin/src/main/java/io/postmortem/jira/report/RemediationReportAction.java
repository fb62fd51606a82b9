package io.postmortem.jira.report;

import com.atlassian.jira.security.request.RequestMethod;
import com.atlassian.jira.security.request.SupportedMethods;
import com.atlassian.jira.web.action.JiraWebActionSupport;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The remediation report page at {@code /secure/PostmortemRemediationReport.jspa?project=OPS}: a
 * frame whose script draws the figures from the REST resource, which checks what the caller may
 * see. The action only echoes back project keys and a window that pass {@link ReportRequest}'s
 * checks, so nothing else from the address reaches the page.
 */
public class RemediationReportAction extends JiraWebActionSupport {
  private ReportRequest request = new ReportRequest(List.of(), ReportRequest.DEFAULT_MONTHS);

  @Override
  @SupportedMethods({RequestMethod.GET})
  public String doDefault() {
    return show(
        getHttpRequest().getParameterValues("project"), getHttpRequest().getParameter("months"));
  }

  @Override
  @SupportedMethods({RequestMethod.GET})
  protected String doExecute() {
    return doDefault();
  }

  String show(String[] projects, String months) {
    List<String> keys =
        projects == null
            ? List.of()
            : Arrays.stream(projects)
                .flatMap(value -> Arrays.stream(value.split("[,\\s]+")))
                .filter(key -> !key.isBlank())
                .toList();
    ReportRequest.Parsed parsed = ReportRequest.parse(keys, months);
    if (parsed.isValid()) {
      request = parsed.request();
    }
    return SUCCESS;
  }

  public String getProjectKeys() {
    return String.join(", ", request.projectKeys());
  }

  public int getMonths() {
    return request.months();
  }

  /** The query string for the REST resource and the CSV link: only checked values. */
  public String getQuery() {
    String projects =
        request.projectKeys().stream()
            .map(key -> "project=" + key + "&")
            .collect(Collectors.joining());
    return projects + "months=" + request.months();
  }
}

package io.postmortem.jira.report;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.web.Condition;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Shows the report's menu entry to whoever may open the report: any logged-in user (the report
 * counts only what its reader may browse). Our own class, as for the project settings link, rather
 * than one of Jira's conditions whose base classes changed across versions.
 */
public class ReportMenuCondition implements Condition {
  private final JiraAuthenticationContext authenticationContext;

  @Inject
  public ReportMenuCondition(@ComponentImport JiraAuthenticationContext authenticationContext) {
    this.authenticationContext = authenticationContext;
  }

  @Override
  public void init(Map<String, String> params) {}

  @Override
  public boolean shouldDisplay(Map<String, Object> context) {
    return authenticationContext.getLoggedInUser() != null;
  }
}

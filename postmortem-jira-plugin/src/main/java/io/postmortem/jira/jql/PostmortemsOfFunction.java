package io.postmortem.jira.jql;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.jira.application.search.CappedIssueSearch;
import io.postmortem.jira.application.search.JqlText;
import io.postmortem.jira.application.search.RemediationScope;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code issue in postmortemsOf("INC-7")}: the postmortems that review the incident. */
@Named
public class PostmortemsOfFunction extends IssueArgumentFunction {
  private final RemediationScope scope;

  @Inject
  public PostmortemsOfFunction(
      @ComponentImport I18nHelper.BeanFactory i18nFactory,
      @ComponentImport IssueManager issueManager,
      @ComponentImport PermissionManager permissionManager,
      CappedIssueSearch search,
      RemediationScope scope) {
    super(i18nFactory, "postmortemsOf", issueManager, permissionManager, search);
    this.scope = scope;
  }

  @Override
  String jql(String incidentKey) {
    return "("
        + scope.postmortemClause()
        + ") AND issue in linkedIssues("
        + JqlText.quote(incidentKey)
        + ")";
  }
}

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

/**
 * {@code issue in remediationItemsOf("PM-1")}: the postmortem's remediation items, done or not,
 * whether sub-tasks of it or linked from it into other teams' projects.
 */
@Named
public class RemediationItemsOfFunction extends IssueArgumentFunction {
  private final RemediationScope scope;

  @Inject
  public RemediationItemsOfFunction(
      @ComponentImport I18nHelper.BeanFactory i18nFactory,
      @ComponentImport IssueManager issueManager,
      @ComponentImport PermissionManager permissionManager,
      CappedIssueSearch search,
      RemediationScope scope) {
    super(i18nFactory, "remediationItemsOf", issueManager, permissionManager, search);
    this.scope = scope;
  }

  @Override
  String jql(String postmortemKey) {
    String key = JqlText.quote(postmortemKey);
    return "("
        + scope.remediationItemClause()
        + ") AND (parent = "
        + key
        + " OR issue in linkedIssues("
        + key
        + "))";
  }
}

package io.postmortem.jira.jql;

import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.jira.application.search.CappedIssueSearch;
import io.postmortem.jira.application.search.RemediationScope;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code issue in openRemediationItems()}: unresolved remediation items of any postmortem. */
@Named
public class OpenRemediationItemsFunction extends SearchClauseFunction {
  private final RemediationScope scope;

  @Inject
  public OpenRemediationItemsFunction(
      @ComponentImport I18nHelper.BeanFactory i18nFactory,
      CappedIssueSearch search,
      RemediationScope scope) {
    super(i18nFactory, "openRemediationItems", search);
    this.scope = scope;
  }

  @Override
  String jql() {
    return scope.openItemClause();
  }
}

package io.postmortem.jira.jql;

import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.jira.application.search.CappedIssueSearch;
import io.postmortem.jira.application.search.RemediationScope;
import io.postmortem.jira.application.search.StateClauses;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code issue in overdueRemediationItems()}: unresolved items whose due date has passed. */
@Named
public class OverdueRemediationItemsFunction extends SearchClauseFunction {
  private final RemediationScope scope;

  @Inject
  public OverdueRemediationItemsFunction(
      @ComponentImport I18nHelper.BeanFactory i18nFactory,
      CappedIssueSearch search,
      RemediationScope scope) {
    super(i18nFactory, "overdueRemediationItems", search);
    this.scope = scope;
  }

  @Override
  String jql() {
    return scope.openItemClause() + " AND " + StateClauses.OVERDUE;
  }
}

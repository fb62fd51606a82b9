package io.postmortem.jira.jql;

import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.jira.application.search.CappedIssueSearch;
import io.postmortem.jira.application.search.RemediationScope;
import io.postmortem.jira.application.search.StateClauses;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * {@code issue in unconfirmedRemediationItems()}: unresolved items nobody owns yet, or whose
 * assignee has not confirmed the current owner and due date.
 */
@Named
public class UnconfirmedRemediationItemsFunction extends SearchClauseFunction {
  private final RemediationScope scope;

  @Inject
  public UnconfirmedRemediationItemsFunction(
      @ComponentImport I18nHelper.BeanFactory i18nFactory,
      CappedIssueSearch search,
      RemediationScope scope) {
    super(i18nFactory, "unconfirmedRemediationItems", search);
    this.scope = scope;
  }

  @Override
  String jql() {
    return scope.openItemClause() + " AND " + StateClauses.NO_CONFIRMED_OWNER;
  }
}

package io.postmortem.jira.jql;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import io.postmortem.jira.application.search.CappedIds;
import io.postmortem.jira.application.search.CappedIssueSearch;
import java.util.List;

/** A no-argument function that answers with the issues of one fixed JQL query. */
abstract class SearchClauseFunction extends PostmortemJqlFunction {
  private final CappedIssueSearch search;

  SearchClauseFunction(
      I18nHelper.BeanFactory i18nFactory, RequestMemo memo, String name, CappedIssueSearch search) {
    super(i18nFactory, memo, name, 0);
    this.search = search;
  }

  @Override
  CappedIds issueIds(ApplicationUser searcher, List<String> args) {
    return search.ids(searcher, jql());
  }

  abstract String jql();
}

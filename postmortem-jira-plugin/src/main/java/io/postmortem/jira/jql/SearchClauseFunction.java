package io.postmortem.jira.jql;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import io.postmortem.jira.application.search.CappedIssueSearch;
import java.util.List;

/** A no-argument function that answers with the issues of one fixed JQL query. */
abstract class SearchClauseFunction extends PostmortemJqlFunction {
  private final CappedIssueSearch search;

  SearchClauseFunction(I18nHelper.BeanFactory i18nFactory, String name, CappedIssueSearch search) {
    super(i18nFactory, name, 0);
    this.search = search;
  }

  @Override
  List<Long> issueIds(ApplicationUser searcher, List<String> args) {
    return search.ids(searcher, jql());
  }

  abstract String jql();
}

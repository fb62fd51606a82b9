package io.postmortem.jira.jql;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.jira.application.search.CappedIds;
import io.postmortem.jira.application.search.CappedIssueSearch;
import io.postmortem.jira.application.search.RemediationScope;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code issue in linkedRemediationItems()}: the unresolved, non-postmortem ends of remediation
 * links (items in other teams' projects that are still open), at most {@link #MAX_ITEMS}. One read
 * of the link rows and one index search, as the searcher, over their ends; resolved items never
 * take a place in the answer, so years of done items cannot crowd out the open ones. What the
 * report and {@code remediationItemsOf} need, done items included, is {@link
 * RemediationLinkEndsFunction}.
 */
@Named
public class LinkedRemediationItemsFunction extends PostmortemJqlFunction {
  /** Ids of open items; ten thousand keeps the literal list far below Jira's clause limits. */
  public static final int MAX_ITEMS = 10_000;

  private final RemediationLinks links;
  private final CappedIssueSearch search;
  private final RemediationScope scope;

  @Inject
  public LinkedRemediationItemsFunction(
      @ComponentImport I18nHelper.BeanFactory i18nFactory,
      RequestMemo memo,
      @ComponentImport IssueLinkManager links,
      CappedIssueSearch search,
      RemediationScope scope) {
    super(i18nFactory, memo, "linkedRemediationItems", 0);
    this.links = new RemediationLinks(links, scope);
    this.search = search;
    this.scope = scope;
  }

  @Override
  CappedIds issueIds(ApplicationUser searcher, List<String> args) {
    CappedIds ends = links.ends(RemediationLinks.MAX_ENDS);
    if (ends.ids().isEmpty()) {
      return new CappedIds(List.of(), MAX_ITEMS, ends.capped());
    }
    CappedIssueSearch.Found open =
        search.issues(
            searcher,
            "resolution is EMPTY AND NOT ("
                + scope.postmortemClause()
                + ") AND id in ("
                + ends.ids().stream().map(String::valueOf).collect(Collectors.joining(","))
                + ")",
            MAX_ITEMS);
    return new CappedIds(
        open.issues().stream().map(Issue::getId).toList(),
        MAX_ITEMS,
        ends.capped() || open.capped());
  }
}

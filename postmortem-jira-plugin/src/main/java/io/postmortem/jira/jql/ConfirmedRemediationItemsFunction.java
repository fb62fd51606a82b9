package io.postmortem.jira.jql;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.core.postmortem.OwnershipConfirmation;
import io.postmortem.core.postmortem.PostmortemRecords;
import io.postmortem.jira.application.issue.ActionItems;
import io.postmortem.jira.application.search.CappedIds;
import io.postmortem.jira.application.search.CappedIssueSearch;
import io.postmortem.jira.application.search.RemediationScope;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * {@code issue in confirmedRemediationItems()}: unresolved items whose current assignee confirmed
 * ownership of the current due date. A stored confirmation that a later change of assignee or due
 * date voided does not count, exactly as on the item's row and in the checklist ({@link
 * ActionItems#confirmationHolds}). Answered with one bounded search over the open, assigned items
 * (as the searcher, so it reveals nothing they cannot see) and one bulk storage read of their
 * confirmations; resolved items are never read.
 */
@Named
public class ConfirmedRemediationItemsFunction extends PostmortemJqlFunction {
  /**
   * Higher than the other functions' cap: "no confirmed owner" is counted as "not in this list", so
   * a cut-off list would overcount; the searcher is warned when it is reached.
   */
  public static final int MAX_CONFIRMED = 10_000;

  private final CappedIssueSearch search;
  private final RemediationScope scope;
  private final PostmortemRecords records;

  @Inject
  public ConfirmedRemediationItemsFunction(
      @ComponentImport I18nHelper.BeanFactory i18nFactory,
      RequestMemo memo,
      CappedIssueSearch search,
      RemediationScope scope,
      PostmortemRecords records) {
    super(i18nFactory, memo, "confirmedRemediationItems", 0);
    this.search = search;
    this.scope = scope;
    this.records = records;
  }

  @Override
  CappedIds issueIds(ApplicationUser searcher, List<String> args) {
    CappedIssueSearch.Found assigned =
        search.issues(
            searcher, scope.openItemClause() + " AND assignee is not EMPTY", MAX_CONFIRMED);
    if (assigned.issues().isEmpty()) {
      return new CappedIds(List.of(), MAX_CONFIRMED, assigned.capped());
    }
    Map<Long, OwnershipConfirmation> confirmations =
        records.confirmations(assigned.issues().stream().map(Issue::getId).toList());
    List<Long> holding =
        assigned.issues().stream()
            .filter(issue -> ActionItems.confirmationHolds(issue, confirmations.get(issue.getId())))
            .map(Issue::getId)
            .toList();
    return new CappedIds(holding, MAX_CONFIRMED, assigned.capped());
  }
}

package io.postmortem.jira.dashboard;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import io.postmortem.core.remediation.ItemAssessment;
import io.postmortem.core.remediation.OpenRemediationItem;
import io.postmortem.core.remediation.RemediationClassifier;
import io.postmortem.core.remediation.RemediationPolicy;
import io.postmortem.core.remediation.RemediationState;
import io.postmortem.core.remediation.UrgencyOrder;
import io.postmortem.jira.application.search.IssueSearch;
import io.postmortem.jira.application.search.OpenItemReader;
import io.postmortem.jira.application.search.RemediationScope;
import io.postmortem.jira.application.search.StateClauses;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of open remediation items for one user. Its cost does not depend on how many items are
 * open: one page search, one scheduling search and one storage query for the page, and one index
 * count per state for the totals.
 */
@Named
public class RemediationItemsService {
  private final IssueSearch search;
  private final OpenItemReader reader;
  private final RemediationItemsJql jql;
  private final RemediationClassifier classifier;
  private final Clock clock;

  @Inject
  public RemediationItemsService(
      IssueSearch search, OpenItemReader reader, RemediationScope scope) {
    this(search, reader, scope, RemediationPolicy.defaults(), Clock.systemDefaultZone());
  }

  public RemediationItemsService(
      IssueSearch search,
      OpenItemReader reader,
      RemediationScope scope,
      RemediationPolicy policy,
      Clock clock) {
    this.search = search;
    this.reader = reader;
    this.jql = new RemediationItemsJql(scope, new StateClauses(policy));
    this.classifier = new RemediationClassifier(policy, clock.getZone());
    this.clock = clock;
  }

  public RemediationItemsPage page(ApplicationUser user, RemediationItemsQuery query) {
    IssueSearch.Page page =
        search.page(user, search.parse(user, jql.items(query)), query.start(), query.size());
    LocalDate today = LocalDate.now(clock);
    Map<Long, String> ownerNames = new HashMap<>();
    for (Issue issue : page.issues()) {
      if (issue.getAssignee() != null) {
        ownerNames.put(issue.getId(), issue.getAssignee().getDisplayName());
      }
    }
    List<OpenRemediationItem> items = reader.read(user, page.issues());
    List<RemediationItemsPage.Item> views =
        items.stream()
            .map(item -> classifier.assess(item, today))
            .sorted(new UrgencyOrder())
            .map(assessment -> view(assessment, ownerNames.get(assessment.item().issueId())))
            .toList();
    return new RemediationItemsPage(
        query.page(), query.size(), page.total(), totals(user, query), views);
  }

  private Map<String, Long> totals(ApplicationUser user, RemediationItemsQuery query) {
    Map<String, Long> totals = new LinkedHashMap<>();
    for (RemediationState state : RemediationState.values()) {
      totals.put(state.id(), search.count(user, search.parse(user, jql.inState(query, state))));
    }
    return totals;
  }

  private static RemediationItemsPage.Item view(ItemAssessment assessment, String ownerName) {
    OpenRemediationItem open = assessment.item();
    return new RemediationItemsPage.Item(
        open.issueId(),
        open.key(),
        open.item().summary(),
        "/browse/" + open.key(),
        assessment.states().stream().map(RemediationState::id).toList(),
        assessment.primaryState().id(),
        assessment.ageDays(),
        assessment.daysUntilDue(),
        open.item().dueDate() == null ? null : open.item().dueDate().toString(),
        open.item().assigneeKey(),
        ownerName,
        open.item().isOwnershipConfirmed(),
        open.postmortemKey(),
        open.severity().name(),
        open.teams());
  }
}

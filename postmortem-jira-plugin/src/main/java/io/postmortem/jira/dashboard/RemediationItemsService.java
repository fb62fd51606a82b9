package io.postmortem.jira.dashboard;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import io.postmortem.core.remediation.ItemAssessment;
import io.postmortem.core.remediation.OpenRemediationItem;
import io.postmortem.core.remediation.RemediationClassifier;
import io.postmortem.core.remediation.RemediationPolicy;
import io.postmortem.core.remediation.RemediationState;
import io.postmortem.core.remediation.UrgencyOrder;
import io.postmortem.jira.application.issue.JiraTime;
import io.postmortem.jira.application.recurrence.RecurredPostmortems;
import io.postmortem.jira.application.search.IssueSearch;
import io.postmortem.jira.application.search.OpenItemReader;
import io.postmortem.jira.application.search.RemediationScope;
import io.postmortem.jira.application.search.StateClauses;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of open remediation items for one user, or of the done items a later incident recurred.
 * Its cost does not depend on how many items there are: one page search, one scheduling search and
 * one storage query for the page, one index count per state and one for "Recurred", and the bounded
 * reads of {@link RecurredPostmortems}.
 */
@Named
public class RemediationItemsService {
  /** The id of the "Recurred" count and rows' state. */
  static final String RECURRED = "recurred";

  private final IssueSearch search;
  private final OpenItemReader reader;
  private final RemediationItemsJql jql;
  private final RemediationPolicy policy;
  private final JiraTime time;
  private final RemediationScope scope;
  private final RecurredPostmortems recurrences;

  @Inject
  public RemediationItemsService(
      IssueSearch search,
      OpenItemReader reader,
      RemediationScope scope,
      JiraTime time,
      RecurredPostmortems recurrences) {
    this(search, reader, scope, RemediationPolicy.defaults(), time, recurrences);
  }

  public RemediationItemsService(
      IssueSearch search,
      OpenItemReader reader,
      RemediationScope scope,
      RemediationPolicy policy,
      JiraTime time,
      RecurredPostmortems recurrences) {
    this.search = search;
    this.reader = reader;
    this.jql = new RemediationItemsJql(scope, new StateClauses(policy));
    this.policy = policy;
    this.time = time;
    this.scope = scope;
    this.recurrences = recurrences;
  }

  public RemediationItemsPage page(ApplicationUser user, RemediationItemsQuery query) {
    // The viewer's zone, as JQL's startOfDay() in the state counts and the recurrence cut-offs use.
    ZoneId zone = time.viewerZone();
    RecurredPostmortems.Found found = recurrences.since(user, Instant.EPOCH, zone);
    String recurred = found.doneItemClause(scope);
    if (query.recurred()) {
      return recurredPage(user, query, found, recurred);
    }
    IssueSearch.Page page =
        search.page(user, search.parse(user, jql.items(query)), query.start(), query.size());
    LocalDate today = time.viewerToday();
    RemediationClassifier classifier = new RemediationClassifier(policy, zone);
    Map<Long, String> ownerNames = ownerNames(page.issues());
    List<OpenRemediationItem> items = reader.read(user, page.issues());
    List<RemediationItemsPage.Item> views =
        items.stream()
            .map(item -> classifier.assess(item, today))
            .sorted(new UrgencyOrder())
            .map(assessment -> view(assessment, ownerNames.get(assessment.item().issueId())))
            .toList();
    return new RemediationItemsPage(
        query.page(), query.size(), page.total(), totals(user, query, recurred), views);
  }

  /**
   * Done items a later incident recurred, latest done first; each names the later postmortem when
   * the viewer may see it.
   */
  private RemediationItemsPage recurredPage(
      ApplicationUser user,
      RemediationItemsQuery query,
      RecurredPostmortems.Found found,
      String recurred) {
    Map<String, Long> totals = totals(user, query, recurred);
    if (recurred == null) {
      return new RemediationItemsPage(query.page(), query.size(), 0, totals, List.of());
    }
    IssueSearch.Page page =
        search.page(
            user,
            search.parse(user, jql.recurredItems(recurred, query)),
            query.start(),
            query.size());
    List<RemediationItemsPage.Item> views =
        new RecurredRows(recurrences, found, time.viewerZone(), time.viewerToday())
            .rows(user, reader.read(user, page.issues()), ownerNames(page.issues()));
    return new RemediationItemsPage(query.page(), query.size(), page.total(), totals, views);
  }

  private static Map<Long, String> ownerNames(List<Issue> issues) {
    Map<Long, String> ownerNames = new HashMap<>();
    for (Issue issue : issues) {
      if (issue.getAssignee() != null) {
        ownerNames.put(issue.getId(), issue.getAssignee().getDisplayName());
      }
    }
    return ownerNames;
  }

  private Map<String, Long> totals(
      ApplicationUser user, RemediationItemsQuery query, String recurred) {
    Map<String, Long> totals = new LinkedHashMap<>();
    for (RemediationState state : RemediationState.values()) {
      totals.put(state.id(), search.count(user, search.parse(user, jql.inState(query, state))));
    }
    totals.put(
        RECURRED,
        recurred == null
            ? 0L
            : search.count(user, search.parse(user, jql.recurredPopulation(recurred, query))));
    return totals;
  }

  private static RemediationItemsPage.Item view(ItemAssessment assessment, String ownerName) {
    OpenRemediationItem open = assessment.item();
    return RemediationItemsPage.Item.of(
        open,
        ownerName,
        assessment.states().stream().map(RemediationState::id).toList(),
        assessment.primaryState().id(),
        assessment.ageDays(),
        assessment.daysUntilDue(),
        false,
        null);
  }
}

package io.postmortem.jira.dashboard;

import io.postmortem.core.remediation.RemediationState;
import io.postmortem.jira.application.search.JqlText;
import io.postmortem.jira.application.search.RemediationScope;
import io.postmortem.jira.application.search.StateClauses;
import java.util.stream.Collectors;

/**
 * The JQL for a dashboard query. Every user value is quoted by {@link JqlText}; ids are numbers.
 * Pages are ordered by due date so overdue items (oldest date first) lead across pages, matching
 * the urgency order the service applies within each page.
 */
final class RemediationItemsJql {
  static final String ORDER = " ORDER BY duedate ASC, key ASC";
  static final String RECURRED_ORDER = " ORDER BY resolved DESC, key ASC";

  private final RemediationScope scope;
  private final StateClauses states;

  RemediationItemsJql(RemediationScope scope, StateClauses states) {
    this.scope = scope;
    this.states = states;
  }

  /** Open items matching every filter but the states: the population the totals count. */
  String population(RemediationItemsQuery query) {
    return filtered(scope.openItemClause(), query);
  }

  /**
   * Recurred items (the clause {@code RecurredPostmortems.Found} writes) matching every filter but
   * the states, for the "Recurred" count.
   */
  String recurredPopulation(String recurredClause, RemediationItemsQuery query) {
    return filtered(recurredClause, query);
  }

  /** The "Recurred" page's query: the latest done first. */
  String recurredItems(String recurredClause, RemediationItemsQuery query) {
    return recurredPopulation(recurredClause, query) + RECURRED_ORDER;
  }

  private String filtered(String items, RemediationItemsQuery query) {
    StringBuilder jql = new StringBuilder(items);
    if (!query.projects().isEmpty()) {
      jql.append(" AND project in (")
          .append(query.projects().stream().map(JqlText::quote).collect(Collectors.joining(", ")))
          .append(')');
    }
    if (query.filterId() != null) {
      jql.append(" AND filter = ").append(query.filterId());
    }
    if (query.component() != null) {
      jql.append(" AND component = ").append(JqlText.quote(query.component()));
    }
    if (query.owner() != null) {
      jql.append(" AND assignee = ").append(JqlText.quote(query.owner()));
    }
    if (query.postmortemKey() != null) {
      jql.append(" AND issue in remediationItemsOf(")
          .append(JqlText.quote(query.postmortemKey()))
          .append(')');
    }
    return jql.toString();
  }

  /** The page's query: the population narrowed to the wanted states, in due-date order. */
  String items(RemediationItemsQuery query) {
    String population = population(query);
    if (query.states().isEmpty()) {
      return population + ORDER;
    }
    String wanted =
        query.states().stream()
            .sorted()
            .map(states::clause)
            .collect(Collectors.joining(" OR ", " AND (", ")"));
    return population + wanted + ORDER;
  }

  /** The population in one state, for its total. */
  String inState(RemediationItemsQuery query, RemediationState state) {
    return population(query) + " AND " + states.clause(state);
  }
}

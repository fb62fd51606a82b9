package io.postmortem.jira.application.search;

import com.atlassian.jira.issue.Issue;
import io.postmortem.core.postmortem.Severity;
import java.util.function.Function;

/**
 * Where this app's configuration says remediation items and postmortems are: the seam between the
 * searches here and the issue types, link types and severity mapping the setup chose. JQL clauses
 * name ids, never display names, so renaming a type in Jira does not break a search.
 */
public interface RemediationScope {

  /** A JQL clause matching every remediation item, done or not, e.g. {@code issuetype = 10101}. */
  String remediationItemClause();

  /**
   * A JQL clause matching the remediation items still open: what the dashboard, the reminders and
   * the JQL functions all start from.
   */
  default String openItemClause() {
    return "(" + remediationItemClause() + ") AND resolution is EMPTY";
  }

  /** A JQL clause matching every postmortem issue, e.g. {@code issuetype = 10100}. */
  String postmortemClause();

  /** The id of the postmortem–item link type (items in other teams' projects), or null. */
  Long remediationLinkTypeId();

  /** The id of the postmortem–incident link type, or null. */
  Long incidentLinkTypeId();

  /** The incident's severity by the configured mapping. */
  Severity severityOf(Issue incident);

  /**
   * Severity by one read of the mapping, for a page of issues: a report or a search result asks for
   * many, and each {@link #severityOf} reads the configuration anew.
   */
  default Function<Issue, Severity> severities() {
    return this::severityOf;
  }
}

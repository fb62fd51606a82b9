package io.postmortem.jira.application.recurrence;

import com.atlassian.jira.issue.Issue;
import io.postmortem.core.recurrence.IncidentProfile;
import io.postmortem.core.recurrence.RecurrenceFinder;
import io.postmortem.jira.application.issue.JiraMapping;
import io.postmortem.jira.application.issue.JiraTime;
import io.postmortem.jira.application.search.IssueSearch;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches the recurrence guard's candidates with one JQL search of at most {@value #CAP} issues,
 * newest first. It searches past permissions (like the reminder job), because the suggestions
 * belong to the postmortem, not to whoever looks; the guard shows each viewer only what they may
 * browse and counts the rest.
 */
@Named
public class CandidateSearch {
  /** Enough earlier incidents for a team's few years; the index narrows by facet and word. */
  public static final int CAP = 200;

  /** Summary words asked of the index; the ranking reads all the words afterwards. */
  static final int KEYWORDS = 8;

  private static final Logger LOG = LoggerFactory.getLogger(CandidateSearch.class);

  private final IssueSearch search;
  private final JiraTime time;

  @Inject
  public CandidateSearch(IssueSearch search, JiraTime time) {
    this.search = search;
    this.time = time;
  }

  /**
   * Earlier issues that may rhyme with {@code current}.
   *
   * @param scope the postmortem, its incidents and the app's issue types
   */
  public Found find(IncidentProfile current, Scope scope) {
    String jql =
        CandidateQuery.jql(
            scope.mapping(),
            scope.excludedKeys(),
            scope.postmortem().getCreated() == null
                ? null
                : scope.postmortem().getCreated().toInstant(),
            time.zone(),
            Profiles.components(scope.reviewed()),
            Profiles.labels(scope.reviewed()),
            RecurrenceFinder.keywords(current, KEYWORDS));
    if (jql.isEmpty()) {
      return new Found(List.of(), false);
    }
    try {
      IssueSearch.Page page = search.page(null, search.parse(null, jql), 0, CAP);
      return new Found(page.issues(), page.total() > CAP);
    } catch (IssueSearch.InvalidSearch e) {
      LOG.warn("Recurrence guard search failed for {}: {}", current.key(), e.getMessage());
      return new Found(List.of(), false);
    }
  }

  /**
   * What the search is about.
   *
   * @param postmortem the postmortem issue
   * @param incidents the incidents it reviews
   * @param mapping the app's configuration
   */
  public record Scope(Issue postmortem, List<Issue> incidents, JiraMapping mapping) {
    /** The postmortem and its incidents: never their own recurrence. */
    List<String> excludedKeys() {
      return reviewed().stream().map(Issue::getKey).toList();
    }

    List<Issue> reviewed() {
      List<Issue> all = new ArrayList<>(incidents);
      all.add(postmortem);
      return all;
    }
  }

  /** The candidates found, at most {@link #CAP}; {@code capped} when more matched. */
  public record Found(List<Issue> issues, boolean capped) {
    public Found {
      issues = List.copyOf(issues);
    }
  }
}

package io.postmortem.jira.application.recurrence;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.core.recurrence.RecurredItems;
import io.postmortem.core.recurrence.RecurredItems.Recurrence;
import io.postmortem.jira.application.issue.IssueLinks;
import io.postmortem.jira.application.issue.IssueVisibility;
import io.postmortem.jira.application.search.IssueSearch;
import io.postmortem.jira.application.search.JqlText;
import io.postmortem.jira.application.search.RemediationScope;
import io.postmortem.jira.storage.RecurrenceStore;
import io.postmortem.jira.storage.RecurrenceStore.RelatedMark;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The earlier postmortems a later incident recurred, as the dashboard and the owners' digest need
 * them: the newest related verdicts (one store query), the marked issues the reader may browse (one
 * load each), the postmortems they concern (one index search as the reader, plus one link read per
 * postmortem found through an incident verdict, to match it to its incident), and the JQL for their
 * recurred items: done, created up to the latest recurrence ({@link RecurredItems}). The cost grows
 * with the recent verdicts, at most {@link #MAX_VERDICTS}, never with the number of items or pages.
 */
@Named
public class RecurredPostmortems {
  private static final Logger LOG = LoggerFactory.getLogger(RecurredPostmortems.class);

  /** Verdicts read; older ones fall out of the dashboard's "Recurred" view. */
  public static final int MAX_VERDICTS = 100;

  /** Earlier postmortems read for those verdicts. */
  static final int MAX_POSTMORTEMS = 200;

  // JQL reads a date-time in the searcher's zone, to the minute.
  private static final DateTimeFormatter JQL_MINUTE =
      DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");

  /** The newest related verdicts given since a moment, at most a cap: the store's one query. */
  @FunctionalInterface
  public interface RelatedVerdicts {
    List<RelatedMark> since(Instant since, int cap);
  }

  private final RelatedVerdicts verdicts;
  private final IssueSearch search;
  private final JiraIssues jira;
  private final RemediationScope scope;

  @Inject
  public RecurredPostmortems(
      RecurrenceStore store,
      IssueSearch search,
      @ComponentImport IssueManager issues,
      @ComponentImport IssueLinkManager links,
      IssueVisibility visibility,
      RemediationScope scope) {
    this(store::relatedSince, search, new JiraIssues(issues, links, visibility), scope);
  }

  public RecurredPostmortems(
      RelatedVerdicts verdicts, IssueSearch search, JiraIssues jira, RemediationScope scope) {
    this.verdicts = verdicts;
    this.search = search;
    this.jira = jira;
    this.scope = scope;
  }

  /**
   * The Jira services behind the lookups by id: issues loaded one by one (a verdict names its issue
   * by id, and an id the reader may not see must never reach a JQL literal, where Jira rejects the
   * whole query), their links, and who may browse them.
   */
  public record JiraIssues(
      IssueManager issues, IssueLinkManager links, IssueVisibility visibility) {
    /** The issue with this id if {@code reader} may browse it; the job (null reader) sees all. */
    Issue visible(long id, ApplicationUser reader) {
      Issue issue = issues.getIssueObject(id);
      return issue != null && (reader == null || visibility.canBrowse(issue, reader))
          ? issue
          : null;
    }
  }

  /**
   * The postmortems {@code reader} may see whose incident (or themselves) a later postmortem marked
   * related at or after {@code since}, each with its latest recurrence.
   *
   * @param zone the zone JQL reads dates in for {@code reader}
   */
  public Found since(ApplicationUser reader, Instant since, ZoneId zone) {
    Map<Long, List<Recurrence>> byCandidate = new LinkedHashMap<>();
    for (RelatedMark mark : verdicts.since(since, MAX_VERDICTS)) {
      byCandidate
          .computeIfAbsent(mark.candidateId(), id -> new ArrayList<>())
          .add(mark.recurrence());
    }
    Map<Long, String> keys = new LinkedHashMap<>();
    byCandidate.keySet().stream()
        .map(id -> jira.visible(id, reader))
        .filter(Objects::nonNull)
        .forEach(candidate -> keys.put(candidate.getId(), candidate.getKey()));
    List<Issue> postmortems;
    try {
      postmortems = keys.isEmpty() ? List.of() : postmortemsOf(reader, keys);
    } catch (IssueSearch.InvalidSearch e) {
      // The recurred view is an extra: a query Jira refuses must not take the open items with it.
      LOG.warn("Could not find the postmortems of recent recurrences: {}", e.getMessage());
      postmortems = List.of();
    }
    Map<Long, Earlier> earlier = new LinkedHashMap<>();
    for (Issue postmortem : postmortems) {
      List<Recurrence> recurrences =
          new ArrayList<>(byCandidate.getOrDefault(postmortem.getId(), List.of()));
      if (recurrences.isEmpty()) {
        for (Issue incident :
            IssueLinks.of(jira.links(), postmortem.getId()).linked(scope.incidentLinkTypeId())) {
          recurrences.addAll(byCandidate.getOrDefault(incident.getId(), List.of()));
        }
      }
      RecurredItems.latest(recurrences)
          .ifPresent(
              latest -> earlier.put(postmortem.getId(), new Earlier(postmortem.getKey(), latest)));
    }
    return new Found(earlier, zone);
  }

  /**
   * The later postmortems among {@code ids} that {@code reader} may browse, by id: a recurrence is
   * named only to who may see it. One load per distinct later postmortem of the page.
   */
  public Map<Long, Issue> visibleLater(ApplicationUser reader, Collection<Long> ids) {
    Map<Long, Issue> visible = new HashMap<>();
    for (Long id : new LinkedHashSet<>(ids)) {
      Issue issue = jira.visible(id, reader);
      if (issue != null) {
        visible.put(id, issue);
      }
    }
    return visible;
  }

  /** The candidates that are postmortems, and the postmortems of the candidates that are not. */
  private List<Issue> postmortemsOf(ApplicationUser reader, Map<Long, String> candidates) {
    String linked =
        candidates.values().stream()
            .map(key -> " OR issue in linkedIssues(" + JqlText.quote(key) + ")")
            .collect(Collectors.joining());
    String jql =
        "("
            + scope.postmortemClause()
            + ") AND (id in ("
            + joined(candidates.keySet())
            + ")"
            + linked
            + ") ORDER BY key ASC";
    return search.page(reader, search.parse(reader, jql), 0, MAX_POSTMORTEMS).issues();
  }

  private static String joined(Collection<Long> ids) {
    Set<Long> distinct = new LinkedHashSet<>(ids);
    return distinct.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  /** An earlier postmortem and the latest recurrence of what it reviewed. */
  public record Earlier(String key, Recurrence latest) {}

  /**
   * The recurred postmortems by id, and the zone their cut-offs are written in.
   *
   * @param byPostmortemId each earlier postmortem found, by issue id
   * @param zone the reader's zone, in which JQL reads the cut-offs
   */
  public record Found(Map<Long, Earlier> byPostmortemId, ZoneId zone) {

    public boolean isEmpty() {
      return byPostmortemId.isEmpty();
    }

    /** The latest recurrence of the postmortem with this key, or null. */
    public Recurrence ofPostmortem(String key) {
      return byPostmortemId.values().stream()
          .filter(earlier -> earlier.key().equals(key))
          .map(Earlier::latest)
          .findFirst()
          .orElse(null);
    }

    /**
     * JQL for the recurred items of these postmortems: done, and created up to the postmortem's
     * latest recurrence (a later item is the answer to it, not the fix that failed); null when none
     * recurred.
     */
    public String doneItemClause(RemediationScope scope) {
      if (isEmpty()) {
        return null;
      }
      String each =
          byPostmortemId.values().stream()
              .map(
                  earlier -> {
                    String key = JqlText.quote(earlier.key());
                    String until = JQL_MINUTE.format(earlier.latest().markedAt().atZone(zone));
                    return "(created <= \""
                        + until
                        + "\" AND (parent = "
                        + key
                        + " OR issue in linkedIssues("
                        + key
                        + ")))";
                  })
              .collect(Collectors.joining(" OR "));
      return "("
          + scope.remediationItemClause()
          + ") AND resolution is not EMPTY AND ("
          + each
          + ")";
    }
  }
}

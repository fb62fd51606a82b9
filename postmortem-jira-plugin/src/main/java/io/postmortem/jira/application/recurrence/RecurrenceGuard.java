package io.postmortem.jira.application.recurrence;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.recurrence.IncidentProfile;
import io.postmortem.core.recurrence.Recurrence;
import io.postmortem.core.recurrence.RecurrenceFinder;
import io.postmortem.core.recurrence.SuggestedRecurrence;
import io.postmortem.jira.application.issue.IssueVisibility;
import io.postmortem.jira.application.issue.JiraMapping;
import io.postmortem.jira.application.issue.PostmortemConfiguration;
import io.postmortem.jira.application.issue.PostmortemReader;
import io.postmortem.jira.storage.RecurrenceStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The recurrence guard: whenever a postmortem is shown (so also after its incident changed), it
 * fetches earlier incidents and postmortems by JQL, ranks them with the core's {@link
 * RecurrenceFinder}, records the top suggestions for the {@code recurrence-reviewed} rule, and
 * answers what the viewer may see of them with their remediation items. The Jira calls it makes are
 * one search plus a fixed number per suggestion (at most five), whatever the items' count.
 */
@Named
public class RecurrenceGuard {
  private final PostmortemConfiguration configuration;
  private final CandidateSearch search;
  private final RecurrenceStore store;
  private final IssueVisibility visibility;
  private final EarlierRemediation remediation;
  private final RecurrenceFinder finder = RecurrenceFinder.standard();

  @Inject
  public RecurrenceGuard(
      PostmortemConfiguration configuration,
      CandidateSearch search,
      RecurrenceStore store,
      IssueVisibility visibility,
      EarlierRemediation remediation) {
    this.configuration = configuration;
    this.search = search;
    this.store = store;
    this.visibility = visibility;
    this.remediation = remediation;
  }

  /** Looks again, records the ranking, and answers what {@code viewer} may see of it. */
  public RecurrenceReview review(
      Issue postmortem, PostmortemReader.Reading reading, ApplicationUser viewer) {
    JiraMapping mapping = configuration.current();
    IncidentProfile current =
        Profiles.ofPostmortem(
            postmortem, narrative(reading.postmortem()), reading.incidentIssues());
    CandidateSearch.Found found =
        search.find(
            current, new CandidateSearch.Scope(postmortem, reading.incidentIssues(), mapping));
    List<RecurrenceReview.Suggestion> suggestions = rankAndRecord(postmortem, current, found);
    IssueVisibility.Visible<RecurrenceReview.Suggestion> visible =
        visibility.filter(suggestions, RecurrenceReview.Suggestion::issue, viewer);
    return new RecurrenceReview(
        postmortem.getKey(),
        visible.shown().stream().map(s -> withItems(s, mapping, viewer)).toList(),
        visible.hidden(),
        found.issues().size(),
        found.capped());
  }

  /**
   * Ranks the candidates, records the top ones (verdicts given earlier stay), and answers the
   * recorded suggestions that are in this ranking, in its order.
   */
  private List<RecurrenceReview.Suggestion> rankAndRecord(
      Issue postmortem, IncidentProfile current, CandidateSearch.Found found) {
    Map<String, Issue> byKey = new LinkedHashMap<>();
    List<IncidentProfile> profiles = new ArrayList<>();
    for (Issue candidate : found.issues()) {
      byKey.put(candidate.getKey(), candidate);
      profiles.add(Profiles.of(candidate));
    }
    Map<String, Recurrence> ranked = new LinkedHashMap<>();
    finder.find(current, profiles).forEach(r -> ranked.put(r.key(), r));
    List<SuggestedRecurrence> stored =
        store.suggest(
            postmortem.getId(),
            ranked.keySet().stream()
                .map(key -> new RecurrenceStore.Candidate(byKey.get(key).getId(), key))
                .toList());
    List<RecurrenceReview.Suggestion> suggestions = new ArrayList<>();
    for (SuggestedRecurrence suggestion : stored) {
      Recurrence ranking = ranked.get(suggestion.key());
      if (ranking != null) {
        suggestions.add(
            new RecurrenceReview.Suggestion(
                byKey.get(suggestion.key()), ranking, suggestion.verdict(), List.of(), 0));
      }
    }
    return suggestions;
  }

  private RecurrenceReview.Suggestion withItems(
      RecurrenceReview.Suggestion suggestion, JiraMapping mapping, ApplicationUser viewer) {
    List<Issue> items =
        remediation.itemsOf(remediation.postmortemsOf(suggestion.issue(), mapping), mapping);
    IssueVisibility.Visible<Issue> visible = visibility.filter(items, item -> item, viewer);
    return new RecurrenceReview.Suggestion(
        suggestion.issue(),
        suggestion.ranking(),
        suggestion.verdict(),
        visible.shown(),
        visible.hidden());
  }

  /** The postmortem's own words: every section, root cause included. */
  private static String narrative(Postmortem postmortem) {
    return String.join("\n", postmortem.sections().values());
  }
}

package io.postmortem.jira.rest;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.postmortem.core.postmortem.Incident;
import io.postmortem.core.postmortem.TimelineEvent;
import io.postmortem.jira.application.issue.IncidentHistory;
import io.postmortem.jira.application.issue.IssueAccess;
import io.postmortem.jira.application.issue.PostmortemReader;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Candidate timeline events from the reviewed incidents' status changes and comments, for the user
 * to accept one by one. Bounded: at most {@link #MAX_INCIDENTS} incidents, the latest {@link
 * #MAX_COMMENTS} comments of each, {@link #MAX_SUGGESTIONS} suggestions in all; incidents the
 * caller cannot see (or that were deleted) are skipped, comments respect their visibility.
 */
@Named
@LicensedOnly
@Path("postmortems/{key}/timeline/suggestions")
@Produces(MediaType.APPLICATION_JSON)
public class TimelineSuggestionsResource {

  static final int MAX_INCIDENTS = 5;
  static final int MAX_COMMENTS = IncidentHistory.MAX_COMMENTS;
  static final int MAX_SUGGESTIONS = 100;

  private final IssueAccess access;
  private final PostmortemReader reader;
  private final IssueManager issueManager;
  private final IncidentHistory history;
  private final JiraAuthenticationContext authenticationContext;

  @Inject
  public TimelineSuggestionsResource(
      IssueAccess access,
      PostmortemReader reader,
      @ComponentImport IssueManager issueManager,
      IncidentHistory history,
      @ComponentImport JiraAuthenticationContext authenticationContext) {
    this.access = access;
    this.reader = reader;
    this.issueManager = issueManager;
    this.history = history;
    this.authenticationContext = authenticationContext;
  }

  @GET
  public List<TimelineEventView> suggestions(@PathParam("key") String key) {
    Issue postmortem = access.browsable(key);
    var snapshot = reader.read(postmortem);
    Set<String> known =
        snapshot.timeline().stream().map(e -> e.at() + "|" + e.text()).collect(Collectors.toSet());
    List<Issue> visible = new ArrayList<>();
    for (Incident incident : snapshot.incidents().stream().limit(MAX_INCIDENTS).toList()) {
      Issue issue = issueManager.getIssueObject(incident.key());
      if (issue != null && access.canBrowse(issue)) {
        visible.add(issue);
      }
    }
    List<TimelineEvent> found =
        history.events(visible, access.currentUser(), authenticationContext.getI18nHelper());
    return found.stream()
        .filter(e -> !known.contains(e.at() + "|" + e.text()))
        .sorted(Comparator.comparing(TimelineEvent::at))
        .limit(MAX_SUGGESTIONS)
        .map(TimelineEventView::of)
        .toList();
  }
}

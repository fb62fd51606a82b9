package io.postmortem.jira.rest;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.postmortem.core.postmortem.Incident;
import io.postmortem.core.postmortem.TimelineEvent;
import io.postmortem.core.postmortem.TimelineEventKind;
import io.postmortem.jira.application.issue.IssueAccess;
import io.postmortem.jira.application.issue.PostmortemReader;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
  static final int MAX_COMMENTS = 50;
  static final int MAX_SUGGESTIONS = 100;
  static final int EXCERPT = 300;
  private static final Set<String> RESOLVING_STATUSES = Set.of("resolved", "done", "closed");

  private final IssueAccess access;
  private final PostmortemReader reader;
  private final IssueManager issueManager;
  private final ChangeHistoryManager changeHistory;
  private final CommentManager comments;
  private final JiraAuthenticationContext authenticationContext;

  @Inject
  public TimelineSuggestionsResource(
      IssueAccess access,
      PostmortemReader reader,
      @ComponentImport IssueManager issueManager,
      @ComponentImport ChangeHistoryManager changeHistory,
      @ComponentImport CommentManager comments,
      @ComponentImport JiraAuthenticationContext authenticationContext) {
    this.access = access;
    this.reader = reader;
    this.issueManager = issueManager;
    this.changeHistory = changeHistory;
    this.comments = comments;
    this.authenticationContext = authenticationContext;
  }

  @GET
  public List<TimelineEventView> suggestions(@PathParam("key") String key) {
    Issue postmortem = access.browsable(key);
    var snapshot = reader.read(postmortem);
    Set<String> known =
        snapshot.timeline().stream().map(e -> e.at() + "|" + e.text()).collect(Collectors.toSet());
    ApplicationUser user = access.currentUser();
    I18nHelper i18n = authenticationContext.getI18nHelper();
    List<TimelineEvent> found = new ArrayList<>();
    for (Incident incident : snapshot.incidents().stream().limit(MAX_INCIDENTS).toList()) {
      Issue issue = issueManager.getIssueObject(incident.key());
      if (issue != null && access.canBrowse(issue)) {
        found.addAll(statusChanges(issue, i18n));
        found.addAll(comments(issue, user, i18n));
      }
    }
    return found.stream()
        .filter(e -> !known.contains(e.at() + "|" + e.text()))
        .sorted(Comparator.comparing(TimelineEvent::at))
        .limit(MAX_SUGGESTIONS)
        .map(TimelineEventView::of)
        .toList();
  }

  private List<TimelineEvent> statusChanges(Issue incident, I18nHelper i18n) {
    List<TimelineEvent> events = new ArrayList<>();
    for (ChangeItemBean change :
        nonNull(changeHistory.getChangeItemsForField(incident, "status"))) {
      if (change.getCreated() == null) {
        continue;
      }
      String to = String.valueOf(change.getToString());
      TimelineEventKind kind =
          RESOLVING_STATUSES.contains(to.toLowerCase(Locale.ROOT))
              ? TimelineEventKind.RESOLVED
              : TimelineEventKind.OTHER;
      String text =
          i18n.getText(
              "postmortem.timeline.suggestion.status",
              (Object)
                  new String[] {incident.getKey(), String.valueOf(change.getFromString()), to});
      events.add(new TimelineEvent(null, change.getCreated().toInstant(), kind, text, null));
    }
    return events;
  }

  private List<TimelineEvent> comments(Issue incident, ApplicationUser user, I18nHelper i18n) {
    List<Comment> visible = nonNull(comments.getCommentsForUser(incident, user));
    List<TimelineEvent> events = new ArrayList<>();
    for (Comment comment :
        visible.subList(Math.max(0, visible.size() - MAX_COMMENTS), visible.size())) {
      if (comment.getCreated() == null) {
        continue;
      }
      String author =
          comment.getAuthorApplicationUser() == null
              ? "?"
              : comment.getAuthorApplicationUser().getDisplayName();
      String text =
          i18n.getText(
              "postmortem.timeline.suggestion.comment",
              (Object) new String[] {incident.getKey(), author, excerpt(comment.getBody())});
      Instant at = comment.getCreated().toInstant();
      events.add(new TimelineEvent(null, at, TimelineEventKind.OTHER, text, null));
    }
    return events;
  }

  private static String excerpt(String body) {
    String flat = body == null ? "" : body.strip().replaceAll("\\s+", " ");
    return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT - 1) + "\u2026";
  }

  private static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : list;
  }
}

package io.postmortem.jira.application.issue;

import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.core.incident.StatusCategory;
import io.postmortem.core.postmortem.TimelineEvent;
import io.postmortem.core.postmortem.TimelineEventKind;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Candidate timeline events from incidents' histories: each status change and the latest {@link
 * #MAX_COMMENTS} comments the viewer may see. Shared by the postmortem's timeline suggestions and
 * the "Create postmortem" dialog; callers pass only incidents the viewer can browse.
 */
@Named
public class IncidentHistory {

  public static final int MAX_COMMENTS = 50;
  static final int EXCERPT = 300;

  private final ChangeHistoryManager changeHistory;
  private final CommentManager comments;
  private final StatusManager statuses;

  @Inject
  public IncidentHistory(
      @ComponentImport ChangeHistoryManager changeHistory,
      @ComponentImport CommentManager comments,
      @ComponentImport StatusManager statuses) {
    this.changeHistory = changeHistory;
    this.comments = comments;
    this.statuses = statuses;
  }

  /** The events of every incident, unsorted; Jira's statuses are read once for all. */
  public List<TimelineEvent> events(
      Collection<Issue> incidents, ApplicationUser user, I18nHelper i18n) {
    Map<String, StatusCategory> categories = categoriesByStatusId();
    List<TimelineEvent> found = new ArrayList<>();
    for (Issue incident : incidents) {
      found.addAll(statusChanges(incident, categories, i18n));
      found.addAll(comments(incident, user, i18n));
    }
    return found;
  }

  /** One read of Jira's statuses per request, whatever the number of status changes. */
  private Map<String, StatusCategory> categoriesByStatusId() {
    Map<String, StatusCategory> categories = new HashMap<>();
    Collection<Status> all = statuses.getStatuses();
    for (Status status : all == null ? List.<Status>of() : all) {
      String key = status.getStatusCategory() == null ? null : status.getStatusCategory().getKey();
      categories.put(status.getId(), StatusCategory.ofJiraKey(key));
    }
    return categories;
  }

  /**
   * Each status change of the incident; a change into a status of Jira's "done" category marks the
   * incident resolved, whatever the status is called in this Jira or this language.
   */
  private List<TimelineEvent> statusChanges(
      Issue incident, Map<String, StatusCategory> categories, I18nHelper i18n) {
    List<TimelineEvent> events = new ArrayList<>();
    for (ChangeItemBean change :
        nonNull(changeHistory.getChangeItemsForField(incident, "status"))) {
      if (change.getCreated() == null) {
        continue;
      }
      String to = String.valueOf(change.getToString());
      TimelineEventKind kind =
          categories.getOrDefault(change.getTo(), StatusCategory.UNDEFINED).timelineEventKind();
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

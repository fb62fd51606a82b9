package com.atlassian.jira.issue.comments;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import java.util.List;

/**
 * Stand-in for Jira 11.3 {@code CommentManager} (members the plugin uses). Source: public plugins
 * calling {@code getCommentsForUser(Issue, ApplicationUser)} (comments visible to that user) and
 * {@code create(Issue, ApplicationUser, String, boolean dispatchEvent)}.
 */
public interface CommentManager {
  List<Comment> getCommentsForUser(Issue issue, ApplicationUser user);

  Comment create(Issue issue, ApplicationUser author, String body, boolean dispatchEvent);
}

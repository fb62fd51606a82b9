package com.atlassian.jira.issue.comments;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Date;

/** Stand-in for Jira 11.3 {@code Comment} (members the plugin uses). Source: Jira Javadoc. */
public interface Comment {
  Long getId();

  String getBody();

  Date getCreated();

  ApplicationUser getAuthorApplicationUser();
}

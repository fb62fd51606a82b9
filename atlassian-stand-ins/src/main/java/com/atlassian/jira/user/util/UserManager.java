package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/** Stand-in of Jira 11.3's {@code com.atlassian.jira.user.util.UserManager} (Jira Javadoc). */
public interface UserManager {
  ApplicationUser getUserByKey(String userKey);

  ApplicationUser getUserByName(String userName);
}

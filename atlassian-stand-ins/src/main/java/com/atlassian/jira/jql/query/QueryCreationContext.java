package com.atlassian.jira.jql.query;

import com.atlassian.jira.user.ApplicationUser;

/** Stand-in of Jira 11.3's {@code QueryCreationContext} (Jira Javadoc). */
public interface QueryCreationContext {
  ApplicationUser getApplicationUser();

  boolean isSecurityOverriden();
}

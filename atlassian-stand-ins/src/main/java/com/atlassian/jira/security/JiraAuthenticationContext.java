package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;

/** Stand-in of Jira 11.3's {@code JiraAuthenticationContext} (condec mock, scrum-poker 11.3). */
public interface JiraAuthenticationContext {
  ApplicationUser getLoggedInUser();

  I18nHelper getI18nHelper();
}

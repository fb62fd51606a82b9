package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import java.util.Locale;

/**
 * Stand-in for Jira 11.3 {@code JiraAuthenticationContext} (members the plugin uses). Source:
 * cures-hub/cures-condec-jira test mock (8.20).
 */
public interface JiraAuthenticationContext {
  ApplicationUser getLoggedInUser();

  boolean isLoggedInUser();

  I18nHelper getI18nHelper();

  Locale getLocale();
}

package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import java.util.Locale;

/**
 * Stand-in for {@code com.atlassian.jira.security.JiraAuthenticationContext} (members used here
 * only). Source: MockJiraAuthenticationContext in cures-hub/cures-condec-jira (Jira 8.20);
 * getI18nHelper() used by atlassian-labs/atlassian-slack-integration-server on Jira 11.0.
 */
public interface JiraAuthenticationContext {
  ApplicationUser getLoggedInUser();

  boolean isLoggedInUser();

  I18nHelper getI18nHelper();

  Locale getLocale();
}

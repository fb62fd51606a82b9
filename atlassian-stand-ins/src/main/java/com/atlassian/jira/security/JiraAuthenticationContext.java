package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import java.util.Locale;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged).
 *
 * <p>Source: cures-hub/cures-condec-jira MockJiraAuthenticationContext (implements the real
 * interface); getLoggedInUser() used by 11.3 code in codescape/jira-multiple-subtasks. Deprecated
 * members are left out on purpose. See atlassian-stand-ins/SOURCES.md.
 */
public interface JiraAuthenticationContext {
  ApplicationUser getLoggedInUser();

  I18nHelper getI18nHelper();

  Locale getLocale();
}

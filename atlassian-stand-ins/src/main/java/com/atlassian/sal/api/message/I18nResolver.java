package com.atlassian.sal.api.message;

import java.io.Serializable;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged).
 *
 * <p>Source: SAL I18nResolver as implemented by Jira's AbstractI18nResolver and SAL's
 * AbstractI18nResolver; getText(String) called by codescape/jira-scrum-poker (11.3). See
 * atlassian-stand-ins/SOURCES.md.
 */
public interface I18nResolver {
  String getText(String key);

  String getText(String key, Serializable... arguments);
}

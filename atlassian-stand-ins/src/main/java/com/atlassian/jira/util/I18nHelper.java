package com.atlassian.jira.util;

import java.util.Locale;

/**
 * Stand-in for {@code com.atlassian.jira.util.I18nHelper} (members used here only). Source: the
 * jira-api source of the interface (found by find_string "public interface I18nHelper"); {@code
 * getText(String, Object)} takes an array, a List or a single value as parameters.
 */
public interface I18nHelper {
  Locale getLocale();

  String getText(String key);

  String getText(String key, String value1);

  String getText(String key, Object parameters);
}

package com.atlassian.jira.util;

import java.util.Locale;

/**
 * Stand-in for Jira 11.3 {@code I18nHelper} (members the plugin uses). Source: Jira's I18nHelper
 * interface (getText(String), getText(String, Object) where the Object may be an array or List of
 * arguments, getLocale()).
 */
public interface I18nHelper {
  Locale getLocale();

  String getText(String key);

  String getText(String key, Object parameters);
}

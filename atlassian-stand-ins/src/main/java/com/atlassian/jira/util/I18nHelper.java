package com.atlassian.jira.util;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Locale;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged).
 *
 * <p>Source: Jira @PublicApi source of com.atlassian.jira.util.I18nHelper. There is no varargs
 * overload: arguments go through the String overloads or {@code getText(String, Object)} with an
 * Object[] (the real contract accepts an array, a List or a single value). See
 * atlassian-stand-ins/SOURCES.md.
 */
public interface I18nHelper {
  Locale getLocale();

  String getUnescapedText(String key);

  boolean isKeyDefined(String key);

  String getText(String key);

  String getText(String key, String value1);

  String getText(String key, String value1, String value2);

  String getText(String key, Object parameters);

  String getText(String key, String value1, String value2, String value3);

  interface BeanFactory {
    I18nHelper getInstance(Locale locale);

    I18nHelper getInstance(ApplicationUser user);
  }
}

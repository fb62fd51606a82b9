package com.atlassian.jira.util;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Locale;

/**
 * Stand-in of Jira 11.3's {@code I18nHelper} and its {@code BeanFactory} (scrum-poker test stubs
 * {@code getText(String, String, String, String)}; Jira source uses {@code
 * I18nHelper.BeanFactory.getInstance(ApplicationUser)}).
 */
public interface I18nHelper {
  Locale getLocale();

  String getText(String key);

  String getText(String key, String value1);

  String getText(String key, String value1, String value2);

  String getText(String key, String value1, String value2, String value3);

  String getText(String key, Object parameters);

  interface BeanFactory {
    I18nHelper getInstance(Locale locale);

    I18nHelper getInstance(ApplicationUser user);
  }
}

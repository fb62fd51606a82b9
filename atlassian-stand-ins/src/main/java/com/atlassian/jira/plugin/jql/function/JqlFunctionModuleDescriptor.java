package com.atlassian.jira.plugin.jql.function;

import com.atlassian.jira.util.I18nHelper;

/** Stand-in of Jira 11.3's {@code JqlFunctionModuleDescriptor} (scrum-poker 11.3 test). */
public interface JqlFunctionModuleDescriptor {
  I18nHelper getI18nBean();
}

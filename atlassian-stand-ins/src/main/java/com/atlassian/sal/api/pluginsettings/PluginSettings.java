package com.atlassian.sal.api.pluginsettings;

/**
 * Stand-in for SAL's {@code PluginSettings}. Values are String, List, Map or Properties. Source:
 * MockPluginSettings in cures-hub/cures-condec-jira; alanmosely/basic-jira-development-panels
 * (11.3).
 */
public interface PluginSettings {
  Object get(String key);

  Object put(String key, Object value);

  Object remove(String key);
}

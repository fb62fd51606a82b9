package com.atlassian.sal.api.pluginsettings;

/** Stand-in of SAL's {@code PluginSettings} (condec mock; basic panels 11.3). */
public interface PluginSettings {
  Object get(String key);

  Object put(String key, Object value);

  Object remove(String key);
}

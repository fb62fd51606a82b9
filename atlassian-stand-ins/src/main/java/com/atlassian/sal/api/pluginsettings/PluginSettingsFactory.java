package com.atlassian.sal.api.pluginsettings;

/** Stand-in of SAL's {@code PluginSettingsFactory} (condec mock; basic panels 11.3). */
public interface PluginSettingsFactory {
  PluginSettings createGlobalSettings();

  PluginSettings createSettingsForKey(String key);
}

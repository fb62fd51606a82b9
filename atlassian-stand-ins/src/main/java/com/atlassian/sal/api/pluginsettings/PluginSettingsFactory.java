package com.atlassian.sal.api.pluginsettings;

/**
 * Stand-in for SAL's {@code PluginSettingsFactory}. Source: MockPluginSettingsFactory in
 * cures-hub/cures-condec-jira; alanmosely/basic-jira-development-panels (11.3).
 */
public interface PluginSettingsFactory {

  PluginSettings createGlobalSettings();
}

package io.postmortem.jira.application.recurrence;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Where the app finds its Recurrence issue link type, which the setup creates. Kept under a plugin
 * settings key of its own (the database, read fresh on every node), beside the main mapping.
 */
@Named
public class RecurrenceLinkType {
  /** Persisted in every installation; never change it. */
  static final String SETTINGS_KEY = "io.postmortem.jira.recurrence-link-type";

  private final PluginSettingsFactory settingsFactory;

  @Inject
  public RecurrenceLinkType(@ComponentImport PluginSettingsFactory settingsFactory) {
    this.settingsFactory = settingsFactory;
  }

  /** The link type's id, or null until the setup created or adopted one. */
  public Long id() {
    Object stored = settings().get(SETTINGS_KEY);
    if (stored == null) {
      return null;
    }
    try {
      return Long.valueOf(String.valueOf(stored).trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public void save(Long id) {
    if (id == null) {
      settings().remove(SETTINGS_KEY);
    } else {
      settings().put(SETTINGS_KEY, String.valueOf(id));
    }
  }

  private PluginSettings settings() {
    return settingsFactory.createGlobalSettings();
  }
}

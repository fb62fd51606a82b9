package io.postmortem.jira.rest;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * How far ahead a counter-proposed due date or a risk acceptance's expiry may lie, from the global
 * plugin setting {@value #KEY} (days, 1 to 3650; default 365). A year is one planning cycle: a
 * remediation date or an accepted risk further out is a decision nobody will revisit, and a date of
 * 9999-12-31 is a typo or a way around the review.
 */
@Named
public class DateHorizon {
  static final String KEY = "io.postmortem.input.dateHorizonDays";
  static final int DEFAULT_DAYS = 365;
  static final int MAX_DAYS = 3650;

  private final PluginSettingsFactory settingsFactory;

  @Inject
  public DateHorizon(@ComponentImport PluginSettingsFactory settingsFactory) {
    this.settingsFactory = settingsFactory;
  }

  /** The configured number of days; an unusable value falls back to the default. */
  public int days() {
    Object value = settingsFactory.createGlobalSettings().get(KEY);
    if (value instanceof String text) {
      try {
        int days = Integer.parseInt(text.trim());
        if (days >= 1 && days <= MAX_DAYS) {
          return days;
        }
      } catch (NumberFormatException e) {
        return DEFAULT_DAYS;
      }
    }
    return DEFAULT_DAYS;
  }
}

package io.postmortem.jira.reminder;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.regex.Pattern;

/**
 * When the digest job runs and which window it reminds about, from the global plugin settings.
 * Anything unusable falls back to the default, so a typo never stops reminders.
 */
@Named
public class ReminderSettings {
  static final String CRON_KEY = "io.postmortem.reminder.cron";
  static final String WINDOW_KEY = "io.postmortem.reminder.remindWithinDays";

  /** Every day at 08:00 in the server's time zone: before most people open their mail. */
  static final String DEFAULT_CRON = "0 0 8 * * ?";

  /**
   * incident.io's example policy notifies owners two days before the due date; three gives a
   * weekend.
   */
  static final int DEFAULT_WINDOW = 3;

  private static final Pattern DAILY_CRON =
      Pattern.compile("0 ([0-5]?[0-9]) ([01]?[0-9]|2[0-3]) \\* \\* \\?");

  private final PluginSettingsFactory settingsFactory;

  @Inject
  public ReminderSettings(@ComponentImport PluginSettingsFactory settingsFactory) {
    this.settingsFactory = settingsFactory;
  }

  /** A daily Quartz cron expression ("0 m h * * ?"); other schedules are not accepted. */
  public String cron() {
    Object value = settings().get(CRON_KEY);
    return value instanceof String text && DAILY_CRON.matcher(text.trim()).matches()
        ? text.trim()
        : DEFAULT_CRON;
  }

  public int remindWithinDays() {
    Object value = settings().get(WINDOW_KEY);
    if (value instanceof String text) {
      try {
        int days = Integer.parseInt(text.trim());
        if (days >= 0 && days <= 30) {
          return days;
        }
      } catch (NumberFormatException e) {
        return DEFAULT_WINDOW;
      }
    }
    return DEFAULT_WINDOW;
  }

  private PluginSettings settings() {
    return settingsFactory.createGlobalSettings();
  }
}

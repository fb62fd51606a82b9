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
  static final String UNCONFIRMED_KEY = "io.postmortem.reminder.unconfirmedBusinessDays";
  static final String RISK_KEY = "io.postmortem.reminder.riskExpiresWithinDays";

  /**
   * Two business days for the owner to confirm or propose another date before the postmortem's
   * owner is asked to chase it: the handshake gets a chance, and it is still settled in the week.
   */
  static final int DEFAULT_UNCONFIRMED = 2;

  /** A week's notice before a risk acceptance expires: time to renew it or plan the fix. */
  static final int DEFAULT_RISK = 7;

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
    return days(WINDOW_KEY, 30, DEFAULT_WINDOW);
  }

  /** Business days an item may stay unconfirmed before its postmortem's owner hears of it. */
  public int unconfirmedBusinessDays() {
    return days(UNCONFIRMED_KEY, 30, DEFAULT_UNCONFIRMED);
  }

  /** Days before a risk acceptance expires that its postmortem's owner hears of it. */
  public int riskExpiresWithinDays() {
    return days(RISK_KEY, 90, DEFAULT_RISK);
  }

  private int days(String key, int max, int fallback) {
    Object value = settings().get(key);
    if (value instanceof String text) {
      try {
        int days = Integer.parseInt(text.trim());
        if (days >= 0 && days <= max) {
          return days;
        }
      } catch (NumberFormatException e) {
        return fallback;
      }
    }
    return fallback;
  }

  private PluginSettings settings() {
    return settingsFactory.createGlobalSettings();
  }
}

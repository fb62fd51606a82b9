package io.postmortem.jira.web;

import com.atlassian.jira.util.I18nHelper;
import java.time.Duration;

/** Small localized pieces shared by the panels: labels of enum values and durations. */
final class PanelText {
  private PanelText() {}

  /** "postmortem.panel.&lt;group&gt;.&lt;VALUE&gt;", or empty for no value. */
  static String label(I18nHelper i18n, String group, Enum<?> value) {
    return value == null ? "" : i18n.getText("postmortem.panel." + group + "." + value.name());
  }

  /** "2 h 05 min" in the reader's language, or empty when unknown. */
  static String duration(I18nHelper i18n, Long minutes) {
    if (minutes == null) {
      return "";
    }
    Duration d = Duration.ofMinutes(minutes);
    return i18n.getText(
        "postmortem.panel.duration",
        (Object)
            new String[] {String.valueOf(d.toHours()), String.format("%02d", d.toMinutesPart())});
  }

  static String orEmpty(Object value) {
    return value == null ? "" : value.toString();
  }
}

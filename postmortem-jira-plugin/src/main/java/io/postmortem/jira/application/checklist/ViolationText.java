package io.postmortem.jira.application.checklist;

import com.atlassian.jira.util.I18nHelper;
import io.postmortem.core.checklist.Violation;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Turns a violation (a key and arguments) into a sentence in the reader's language. Dates are
 * written as ISO yyyy-MM-dd in every language, because a date in a checklist message is compared
 * with dates in Jira fields, and ISO cannot be misread as day-month or month-day.
 */
public final class ViolationText {

  private ViolationText() {}

  public static String format(Violation violation, I18nHelper i18n) {
    if (violation.args().isEmpty()) {
      return i18n.getText(violation.messageKey());
    }
    List<Object> args = violation.args().stream().map(ViolationText::argument).toList();
    return i18n.getText(violation.messageKey(), args);
  }

  /** Every violation's sentence, in the report's order. */
  public static List<String> formatAll(List<Violation> violations, I18nHelper i18n) {
    return violations.stream().map(v -> format(v, i18n)).toList();
  }

  private static Object argument(Object arg) {
    if (arg instanceof LocalDate date) {
      return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }
    return arg instanceof Number ? arg : String.valueOf(arg);
  }
}

package io.postmortem.jira.application.checklist;

import com.atlassian.jira.datetime.DateTimeFormatter;
import com.atlassian.jira.datetime.DateTimeStyle;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.I18nHelper;
import io.postmortem.core.checklist.Argument;
import io.postmortem.core.checklist.TextField;
import io.postmortem.core.checklist.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place a message (a key and typed {@link Argument}s) becomes text, for one reader: the
 * issue panel, the REST checklist, validator refusals and digests all write through it. Days and
 * instants are written in the reader's date format and time zone by Jira's formatter, users by
 * display name (a deleted one by key, marked as deleted), enum values by their own message keys,
 * counts as numbers so the bundle chooses the plural. Made per reader by {@link MessageTexts}.
 */
public final class MessageText {

  private static final String SECTION = "section:";

  private final I18nHelper i18n;
  private final DateTimeFormatter formatter;
  private final UserManager users;
  private final Map<String, String> userNames = new HashMap<>();

  MessageText(I18nHelper i18n, DateTimeFormatter formatter, UserManager users) {
    this.i18n = i18n;
    this.formatter = formatter;
    this.users = users;
  }

  public String format(Violation violation) {
    return format(violation.messageKey(), violation.args());
  }

  /** Every violation's sentence, in the report's order. */
  public List<String> formatAll(List<Violation> violations) {
    return violations.stream().map(this::format).toList();
  }

  public String format(String key, Argument... args) {
    return format(key, List.of(args));
  }

  public String format(String key, List<Argument> args) {
    if (args.isEmpty()) {
      return i18n.getText(key);
    }
    List<Object> values = new ArrayList<>(args.size() + 3);
    for (Argument arg : args) {
      addValues(arg, values);
    }
    return i18n.getText(key, values);
  }

  /** "3 items you cannot see": what stands for a rule's findings about hidden issues. */
  public String hiddenIssues(int count) {
    return format("postmortem.checklist.hidden-items", Argument.count(count));
  }

  /** A day as the reader's Jira shows dates ("20/Nov/26" by default). */
  public String day(LocalDate day) {
    try {
      // Jira keeps date-only values as midnight in the JVM's zone and formats them in that zone.
      Date midnight = Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
      return formatter.withSystemZone().withStyle(DateTimeStyle.DATE).format(midnight);
    } catch (IllegalArgumentException | ArithmeticException beyondDate) {
      return day.toString();
    }
  }

  /** An instant in the reader's time zone and date-time format. */
  public String moment(Instant instant) {
    try {
      return formatter.withStyle(DateTimeStyle.COMPLETE).format(Date.from(instant));
    } catch (IllegalArgumentException beyondDate) {
      return instant.toString();
    }
  }

  /** A user's display name; a deleted user's key, marked as deleted. */
  public String user(String userKey) {
    return userNames.computeIfAbsent(
        userKey,
        key -> {
          ApplicationUser user = users.getUserByKey(key);
          return user == null
              ? i18n.getText("postmortem.value.user.deleted", key)
              : user.getDisplayName();
        });
  }

  /** Release 17 has no pattern switch; the order follows {@link Argument}'s declarations. */
  private void addValues(Argument arg, List<Object> values) {
    if (arg instanceof Argument.Text text) {
      values.add(text.value());
    } else if (arg instanceof Argument.Count count) {
      values.add(count.value());
    } else if (arg instanceof Argument.Choice choice) {
      values.add(i18n.getText(choice.messageKey()));
    } else if (arg instanceof Argument.Day day) {
      values.add(day(day.value()));
    } else if (arg instanceof Argument.Moment moment) {
      values.add(moment(moment.value()));
    } else if (arg instanceof Argument.IssueRef issue) {
      values.add(issue.key());
    } else if (arg instanceof Argument.UserRef user) {
      values.add(user(user.userKey()));
    } else if (arg instanceof Argument.Finding finding) {
      values.add(finding.phrase());
      values.add(field(finding.fieldId()));
      values.add(finding.sentence());
      values.add(i18n.getText(finding.suggestionKey()));
    }
  }

  /** "the section Impact", "the summary of OPS-12": where a language finding is. */
  private String field(String fieldId) {
    if (fieldId.startsWith(SECTION)) {
      String section =
          i18n.getText("postmortem.value.section-kind." + fieldId.substring(SECTION.length()));
      return i18n.getText("postmortem.value.field.section", section);
    }
    return TextField.itemKeyOf(fieldId)
        .map(
            item ->
                i18n.getText(
                    "postmortem.value.field." + fieldId.substring(fieldId.lastIndexOf(':') + 1),
                    item))
        .orElse(fieldId);
  }
}

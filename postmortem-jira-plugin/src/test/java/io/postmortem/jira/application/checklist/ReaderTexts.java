package io.postmortem.jira.application.checklist;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.datetime.DateTimeFormatter;
import com.atlassian.jira.datetime.DateTimeStyle;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.I18nHelper;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * {@link MessageTexts} for tests, over a Mockito stand-in of Jira's date-time formatter that writes
 * what Jira's defaults do: {@code dd/MMM/yy} for dates, {@code dd/MMM/yy h:mm a} for date and time,
 * in the zone of the viewer (or of a recipient, or the JVM's for date-only values), so a test sees
 * whether a message used the reader's zone and format.
 */
public final class ReaderTexts {

  /** Jira's default date format (jira.lf.date.dmy). */
  public static final String DATE_PATTERN = "dd/MMM/yy";

  /** Jira's default complete date-time format (jira.lf.date.complete). */
  public static final String COMPLETE_PATTERN = "dd/MMM/yy h:mm a";

  private final Map<String, TimeZone> zones = new HashMap<>();
  private final UserManager users;
  private TimeZone viewerZone = TimeZone.getTimeZone("UTC");

  public ReaderTexts(UserManager users) {
    this.users = users;
  }

  /** The viewer's (logged-in user's) zone. */
  public ReaderTexts viewerZone(String zoneId) {
    viewerZone = TimeZone.getTimeZone(zoneId);
    return this;
  }

  /** A digest recipient's zone. */
  public ReaderTexts zoneOf(String userKey, String zoneId) {
    zones.put(userKey, TimeZone.getTimeZone(zoneId));
    return this;
  }

  public MessageTexts texts(JiraAuthenticationContext auth, I18nHelper.BeanFactory i18nFactory) {
    DateTimeFormatter root = formatter(TimeZone.getTimeZone("UTC"), DateTimeStyle.DATE);
    when(root.forLoggedInUser()).thenAnswer(call -> formatter(viewerZone, DateTimeStyle.DATE));
    when(root.forUser(any()))
        .thenAnswer(
            call -> {
              ApplicationUser user = call.getArgument(0);
              return formatter(
                  zones.getOrDefault(user.getKey(), TimeZone.getTimeZone("UTC")),
                  DateTimeStyle.DATE);
            });
    return new MessageTexts(auth, i18nFactory, root, users);
  }

  /** For a viewer only: no recipients. */
  public MessageTexts texts(JiraAuthenticationContext auth) {
    return texts(auth, mock(I18nHelper.BeanFactory.class));
  }

  private static DateTimeFormatter formatter(TimeZone zone, DateTimeStyle style) {
    DateTimeFormatter formatter = mock(DateTimeFormatter.class);
    when(formatter.withSystemZone()).thenAnswer(call -> formatter(TimeZone.getDefault(), style));
    when(formatter.withStyle(any())).thenAnswer(call -> formatter(zone, call.getArgument(0)));
    when(formatter.format(any()))
        .thenAnswer(
            call -> {
              SimpleDateFormat format =
                  new SimpleDateFormat(
                      style == DateTimeStyle.DATE ? DATE_PATTERN : COMPLETE_PATTERN,
                      Locale.ENGLISH);
              format.setTimeZone(zone);
              return format.format(call.<Date>getArgument(0));
            });
    return formatter;
  }
}

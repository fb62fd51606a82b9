package io.postmortem.jira.reminder;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.postmortem.jira.application.checklist.ReaderTexts;
import io.postmortem.jira.application.issue.IssueVisibility;
import io.postmortem.jira.application.recurrence.RecurredPostmortems;
import io.postmortem.jira.application.search.IssueSearch;
import io.postmortem.jira.application.search.OpenItemReader;
import io.postmortem.jira.application.search.RemediationScope;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Builds the reminder job with mocked Jira mail and i18n for the scale harness. */
public final class ReminderBenchmarkAccess {
  private ReminderBenchmarkAccess() {}

  public static ReminderJob job(
      IssueSearch search,
      OpenItemReader reader,
      RemediationScope scope,
      UserManager users,
      PermissionManager permissions,
      MailQueue mail,
      PluginSettingsFactory settings,
      ZoneId zone) {
    I18nHelper i18n = mock(I18nHelper.class, withSettings().stubOnly());
    lenient().when(i18n.getText(anyString())).thenAnswer(c -> c.getArgument(0));
    lenient().when(i18n.getText(anyString(), anyString())).thenAnswer(c -> c.getArgument(0));
    I18nHelper.BeanFactory factory = mock(I18nHelper.BeanFactory.class, withSettings().stubOnly());
    lenient().when(factory.getInstance(any(ApplicationUser.class))).thenReturn(i18n);
    ApplicationProperties application =
        mock(ApplicationProperties.class, withSettings().stubOnly());
    lenient().when(application.getBaseUrl(any())).thenReturn("https://jira.example.com");
    DigestSender sender =
        new DigestSender(users, new IssueVisibility(permissions), new InMemoryLedger());
    DigestMailer mailer =
        new DigestMailer(
            mail,
            new ReaderTexts(users).texts(mock(JiraAuthenticationContext.class), factory),
            application);
    return new ReminderJob(
        new OwnerDigestRun(
            search,
            reader,
            scope,
            sender,
            mailer,
            new RecurredPostmortems(
                (since, cap) -> List.of(),
                search,
                new RecurredPostmortems.JiraIssues(
                    mock(IssueManager.class),
                    mock(IssueLinkManager.class),
                    new IssueVisibility(permissions)),
                scope)),
        new FollowUpDigestRun(
            search, reader, scope, ids -> Map.of(), ids -> Map.of(), sender, mailer),
        new ReminderSettings(settings),
        () -> zone);
  }
}

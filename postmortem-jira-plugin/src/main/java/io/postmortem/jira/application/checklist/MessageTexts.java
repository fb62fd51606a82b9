package io.postmortem.jira.application.checklist;

import com.atlassian.jira.datetime.DateTimeFormatter;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.jira.application.http.ViewerDates;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Makes the {@link MessageText} of one reader: the logged-in viewer (panel, REST, validator), or a
 * digest's recipient, in their language, date format and time zone.
 */
@Named
public class MessageTexts implements ViewerDates {

  private final JiraAuthenticationContext authenticationContext;
  private final I18nHelper.BeanFactory i18nFactory;
  private final DateTimeFormatter formatter;
  private final UserManager users;

  @Inject
  public MessageTexts(
      @ComponentImport JiraAuthenticationContext authenticationContext,
      @ComponentImport I18nHelper.BeanFactory i18nFactory,
      @ComponentImport DateTimeFormatter formatter,
      @ComponentImport UserManager users) {
    this.authenticationContext = authenticationContext;
    this.i18nFactory = i18nFactory;
    this.formatter = formatter;
    this.users = users;
  }

  /** For whoever is logged in now. */
  public MessageText forViewer() {
    return new MessageText(
        authenticationContext.getI18nHelper(), formatter.forLoggedInUser(), users);
  }

  @Override
  public String day(LocalDate day) {
    return forViewer().day(day);
  }

  @Override
  public String moment(Instant instant) {
    return forViewer().moment(instant);
  }

  /** For the recipient of a mail, who is not logged in while the job runs. */
  public MessageText forRecipient(ApplicationUser recipient) {
    return new MessageText(i18nFactory.getInstance(recipient), formatter.forUser(recipient), users);
  }
}

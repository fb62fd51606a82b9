package io.postmortem.jira.automation;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Tells the assignee of an automatically created postmortem that it is theirs, in their language,
 * through Jira's mail queue (the path the reminder digests take). Jira's own "issue created"
 * notification depends on each project's notification scheme; this one does not.
 */
@Named
public class AssigneeNotice {

  private final MailQueue mailQueue;
  private final I18nHelper.BeanFactory i18nFactory;
  private final ApplicationProperties application;

  @Inject
  public AssigneeNotice(
      @ComponentImport MailQueue mailQueue,
      @ComponentImport I18nHelper.BeanFactory i18nFactory,
      @ComponentImport ApplicationProperties application) {
    this.mailQueue = mailQueue;
    this.i18nFactory = i18nFactory;
    this.application = application;
  }

  /** Queues the mail; nothing when the postmortem has no assignee or the assignee no address. */
  public void send(Issue postmortem, Issue incident) {
    ApplicationUser assignee = postmortem.getAssignee();
    if (assignee == null
        || assignee.getEmailAddress() == null
        || assignee.getEmailAddress().isBlank()) {
      return;
    }
    I18nHelper i18n = i18nFactory.getInstance(assignee);
    String url = application.getBaseUrl(UrlMode.CANONICAL) + "/browse/" + postmortem.getKey();
    Email email = new Email(assignee.getEmailAddress());
    email.setSubject(i18n.getText("postmortem.auto.mail.subject", postmortem.getKey()));
    email.setMimeType("text/plain");
    email.setEncoding("UTF-8");
    email.setBody(
        i18n.getText(
            "postmortem.auto.mail.body",
            (Object) new String[] {incident.getKey(), postmortem.getKey(), url}));
    mailQueue.addItem(new SingleMailQueueItem(email));
  }
}

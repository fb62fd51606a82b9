package io.postmortem.jira.reminder;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.postmortem.core.postmortem.ActionItem;
import io.postmortem.core.remediation.Digest;
import io.postmortem.core.remediation.FollowUp;
import io.postmortem.core.remediation.ItemAssessment;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Writes digests in the recipient's language as plain text (nothing to escape, readable in every
 * client) and hands them to Jira's mail queue, which retries on mail-server failures.
 */
@Named
public class DigestMailer {
  private final MailQueue mailQueue;
  private final I18nHelper.BeanFactory i18nFactory;
  private final ApplicationProperties application;

  @Inject
  public DigestMailer(
      @ComponentImport MailQueue mailQueue,
      @ComponentImport I18nHelper.BeanFactory i18nFactory,
      @ComponentImport ApplicationProperties application) {
    this.mailQueue = mailQueue;
    this.i18nFactory = i18nFactory;
    this.application = application;
  }

  public void ownerDigest(ApplicationUser recipient, Digest<ItemAssessment> digest) {
    I18nHelper i18n = i18nFactory.getInstance(recipient);
    StringBuilder body =
        new StringBuilder(i18n.getText("postmortem.reminder.owner.intro")).append("\n\n");
    for (ItemAssessment item : digest.entries()) {
      long days = item.daysUntilDue();
      String when =
          days < 0
              ? days(i18n, "postmortem.reminder.line.overdue", -days)
              : days(i18n, "postmortem.reminder.line.due", days);
      line(body, item, when);
    }
    send(
        recipient,
        i18n,
        "postmortem.reminder.owner.subject",
        digest.total(),
        digest.omitted(),
        digest.hidden(),
        body);
  }

  /** "1 day", never "1 day(s)": the key's {@code .one} text for exactly one, else the count. */
  private static String days(I18nHelper i18n, String key, long count) {
    return count == 1 ? i18n.getText(key + ".one") : i18n.getText(key, String.valueOf(count));
  }

  public void followUpDigest(ApplicationUser recipient, Digest<FollowUpLine> digest) {
    I18nHelper i18n = i18nFactory.getInstance(recipient);
    StringBuilder body =
        new StringBuilder(i18n.getText("postmortem.reminder.followup.intro")).append("\n\n");
    for (FollowUpLine entry : digest.entries()) {
      if (entry.item() == null) {
        line(
            body,
            entry.postmortemKey(),
            entry.postmortemSummary(),
            i18n.getText(
                "postmortem.reminder.line.risk-expires", entry.riskExpiresOn().toString()));
      } else {
        line(body, entry.item().assessment(), followUpText(entry.item(), i18n));
      }
    }
    send(
        recipient,
        i18n,
        "postmortem.reminder.followup.subject",
        digest.total(),
        digest.omitted(),
        digest.hidden(),
        body);
  }

  /** Why the postmortem owner hears of the item: a gone assignee first, since nobody can act. */
  private static String followUpText(FollowUp followUp, I18nHelper i18n) {
    ActionItem item = followUp.assessment().item().item();
    if (item.assigneeInactive()) {
      return i18n.getText("postmortem.reminder.line.inactive-owner", item.assigneeKey());
    }
    return followUp
        .pendingProposal()
        .map(p -> i18n.getText("postmortem.reminder.line.proposal", p.proposedDueDate().toString()))
        .orElse(i18n.getText("postmortem.reminder.line.unconfirmed"));
  }

  private void line(StringBuilder body, ItemAssessment item, String what) {
    line(body, item.item().key(), item.item().item().summary(), what);
  }

  private void line(StringBuilder body, String key, String summary, String what) {
    body.append("- ")
        .append(key)
        .append(' ')
        .append(summary)
        .append(" (")
        .append(what)
        .append(")\n  ")
        .append(baseUrl())
        .append("/browse/")
        .append(key)
        .append('\n');
  }

  private void send(
      ApplicationUser recipient,
      I18nHelper i18n,
      String subjectKey,
      int total,
      int omitted,
      int hidden,
      StringBuilder body) {
    if (omitted > 0) {
      body.append(i18n.getText("postmortem.reminder.more", String.valueOf(omitted))).append('\n');
    }
    if (hidden > 0) {
      body.append(i18n.getText("postmortem.reminder.hidden", List.of(hidden))).append('\n');
    }
    body.append("\n")
        .append(i18n.getText("postmortem.reminder.optout", baseUrl() + "/secure/Dashboard.jspa"))
        .append('\n');
    Email email = new Email(recipient.getEmailAddress());
    email.setSubject(i18n.getText(subjectKey, String.valueOf(total)));
    email.setMimeType("text/plain");
    email.setEncoding("UTF-8");
    email.setBody(body.toString());
    mailQueue.addItem(new SingleMailQueueItem(email));
  }

  private String baseUrl() {
    return application.getBaseUrl(UrlMode.CANONICAL);
  }
}

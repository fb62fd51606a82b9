package io.postmortem.jira.reminder;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.postmortem.core.checklist.Argument;
import io.postmortem.core.postmortem.ActionItem;
import io.postmortem.core.remediation.Digest;
import io.postmortem.core.remediation.FollowUp;
import io.postmortem.core.remediation.ItemAssessment;
import io.postmortem.jira.application.checklist.MessageText;
import io.postmortem.jira.application.checklist.MessageTexts;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Writes digests in the recipient's language, date format and time zone as plain text (nothing to
 * escape, readable in every client), naming people by display name, and hands them to Jira's mail
 * queue, which retries on mail-server failures.
 */
@Named
public class DigestMailer {
  private final MailQueue mailQueue;
  private final MessageTexts texts;
  private final ApplicationProperties application;

  @Inject
  public DigestMailer(
      @ComponentImport MailQueue mailQueue,
      MessageTexts texts,
      @ComponentImport ApplicationProperties application) {
    this.mailQueue = mailQueue;
    this.texts = texts;
    this.application = application;
  }

  void ownerDigest(ApplicationUser recipient, Digest<OwnerLine> digest) {
    MessageText text = texts.forRecipient(recipient);
    StringBuilder body =
        new StringBuilder(text.format("postmortem.reminder.owner.intro")).append("\n\n");
    for (OwnerLine entry : digest.entries()) {
      line(body, entry.assessment(), ownerText(entry, text));
    }
    send(
        recipient,
        text,
        "postmortem.reminder.owner.subject",
        digest.total(),
        digest.omitted(),
        digest.hidden(),
        body);
  }

  public void followUpDigest(ApplicationUser recipient, Digest<FollowUpLine> digest) {
    MessageText text = texts.forRecipient(recipient);
    StringBuilder body =
        new StringBuilder(text.format("postmortem.reminder.followup.intro")).append("\n\n");
    for (FollowUpLine entry : digest.entries()) {
      if (entry.item() == null) {
        line(
            body,
            entry.postmortemKey(),
            entry.postmortemSummary(),
            text.format(
                "postmortem.reminder.line.risk-expires", Argument.day(entry.riskExpiresOn())));
      } else {
        line(body, entry.item().assessment(), followUpText(entry.item(), text));
      }
    }
    send(
        recipient,
        text,
        "postmortem.reminder.followup.subject",
        digest.total(),
        digest.omitted(),
        digest.hidden(),
        body);
  }

  /** Why the owner hears of the item: it recurred, or it is overdue or due soon. */
  private static String ownerText(OwnerLine entry, MessageText text) {
    if (entry.recurredAt() != null) {
      return text.format("postmortem.reminder.line.recurred", Argument.moment(entry.recurredAt()));
    }
    long days = entry.assessment().daysUntilDue();
    return days < 0
        ? text.format("postmortem.reminder.line.overdue", Argument.count(-days))
        : text.format("postmortem.reminder.line.due", Argument.count(days));
  }

  /** Why the postmortem owner hears of the item: a gone assignee first, since nobody can act. */
  private static String followUpText(FollowUp followUp, MessageText text) {
    ActionItem item = followUp.assessment().item().item();
    if (item.assigneeInactive()) {
      return text.format(
          "postmortem.reminder.line.inactive-owner", Argument.user(item.assigneeKey()));
    }
    return followUp
        .pendingProposal()
        .map(
            p ->
                text.format("postmortem.reminder.line.proposal", Argument.day(p.proposedDueDate())))
        .orElse(text.format("postmortem.reminder.line.unconfirmed"));
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
      MessageText text,
      String subjectKey,
      int total,
      int omitted,
      int hidden,
      StringBuilder body) {
    if (omitted > 0) {
      body.append(text.format("postmortem.reminder.more", Argument.count(omitted))).append('\n');
    }
    if (hidden > 0) {
      body.append(text.format("postmortem.reminder.hidden", Argument.count(hidden))).append('\n');
    }
    body.append("\n")
        .append(
            text.format(
                "postmortem.reminder.optout", Argument.text(baseUrl() + "/secure/Dashboard.jspa")))
        .append('\n');
    Email email = new Email(recipient.getEmailAddress());
    email.setSubject(text.format(subjectKey, Argument.count(total)));
    email.setMimeType("text/plain");
    email.setEncoding("UTF-8");
    email.setBody(body.toString());
    mailQueue.addItem(new SingleMailQueueItem(email));
  }

  private String baseUrl() {
    return application.getBaseUrl(UrlMode.CANONICAL);
  }
}

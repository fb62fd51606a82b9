package io.postmortem.jira.reminder;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.core.remediation.Digest;
import io.postmortem.jira.application.issue.IssueVisibility;
import io.postmortem.jira.storage.ReminderLedger;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one completed digest if its recipient may get one today: an active user with an address,
 * not opted out, no digest yet today (claimed in the ledger first), and only lines about issues the
 * recipient may see.
 */
@Named
public class DigestSender {
  private static final Logger LOG = LoggerFactory.getLogger(DigestSender.class);

  private final UserManager users;
  private final IssueVisibility visibility;
  private final ReminderLedger ledger;

  @Inject
  public DigestSender(
      @ComponentImport UserManager users, IssueVisibility visibility, ReminderLedger ledger) {
    this.users = users;
    this.visibility = visibility;
    this.ledger = ledger;
  }

  /** True when the digest went to the mail queue. */
  public <E> boolean send(
      Digest<DigestLine<E>> digest, LocalDate today, BiConsumer<ApplicationUser, Digest<E>> mail) {
    ApplicationUser recipient = users.getUserByKey(digest.recipientKey());
    if (recipient == null || !recipient.isActive() || blank(recipient.getEmailAddress())) {
      LOG.info(
          "No postmortem digest for {} ({} item(s)): {}",
          digest.recipientKey(),
          digest.total(),
          recipient == null || !recipient.isActive()
              ? "deleted or deactivated; the postmortem owners' digests list these items for"
                  + " reassignment"
              : "no e-mail address");
      return false;
    }
    IssueVisibility.Visible<DigestLine<E>> lines =
        visibility.filter(digest.entries(), DigestLine::issue, recipient);
    List<E> visible = lines.shown().stream().map(DigestLine::entry).toList();
    if (visible.isEmpty()
        || !ledger.history(digest.recipientKey()).allowsDigestOn(today)
        || !ledger.claim(digest.recipientKey(), today)) {
      return false;
    }
    mail.accept(
        recipient, new Digest<>(digest.recipientKey(), visible, digest.omitted(), lines.hidden()));
    return true;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}

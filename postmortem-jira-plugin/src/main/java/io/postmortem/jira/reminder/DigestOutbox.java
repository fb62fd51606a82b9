package io.postmortem.jira.reminder;

import com.atlassian.jira.user.ApplicationUser;
import io.postmortem.core.remediation.ConsecutiveDigests;
import io.postmortem.core.remediation.Digest;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run's digests of one kind: lines arrive sorted by recipient, and each recipient's capped
 * digest is sent as soon as the next recipient's lines start, so only one digest is held at a time.
 * Each digest is isolated: one that fails (a user lookup, the ledger, the mail queue) is logged and
 * counted, and the recipients after it still get theirs.
 */
final class DigestOutbox<E> {
  private static final Logger LOG = LoggerFactory.getLogger(DigestOutbox.class);

  private final ConsecutiveDigests<DigestLine<E>> digests =
      new ConsecutiveDigests<>(ReminderJob.MAX_LINES);
  private final DigestSender sender;
  private final LocalDate today;
  private final BiConsumer<ApplicationUser, Digest<E>> mail;
  private int sent;
  private int failed;

  DigestOutbox(DigestSender sender, LocalDate today, BiConsumer<ApplicationUser, Digest<E>> mail) {
    this.sender = sender;
    this.today = today;
    this.mail = mail;
  }

  void add(String recipientKey, DigestLine<E> line) {
    digests.add(recipientKey, line).ifPresent(this::send);
  }

  /** Sends the last digest; returns how many digests went to the mail queue and how many failed. */
  DigestTally finish() {
    digests.finish().ifPresent(this::send);
    return new DigestTally(sent, failed);
  }

  private void send(Digest<DigestLine<E>> digest) {
    try {
      if (sender.send(digest, today, mail)) {
        sent++;
      }
    } catch (RuntimeException e) {
      failed++;
      LOG.error("Postmortem reminder digest for user {} failed", digest.recipientKey(), e);
    }
  }
}

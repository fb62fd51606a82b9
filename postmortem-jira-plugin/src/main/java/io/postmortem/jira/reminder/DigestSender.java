package io.postmortem.jira.reminder;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.core.remediation.Digest;
import io.postmortem.jira.storage.ReminderLedger;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Sends one completed digest if its recipient may get one today: an active user with an address,
 * not opted out, no digest yet today (claimed in the ledger first), and only lines about issues the
 * recipient may see.
 */
@Named
public class DigestSender {
  private final UserManager users;
  private final PermissionManager permissions;
  private final ReminderLedger ledger;

  @Inject
  public DigestSender(
      @ComponentImport UserManager users,
      @ComponentImport PermissionManager permissions,
      ReminderLedger ledger) {
    this.users = users;
    this.permissions = permissions;
    this.ledger = ledger;
  }

  /** True when the digest went to the mail queue. */
  public <E> boolean send(
      Digest<DigestLine<E>> digest, LocalDate today, BiConsumer<ApplicationUser, Digest<E>> mail) {
    ApplicationUser recipient = users.getUserByKey(digest.recipientKey());
    if (recipient == null || !recipient.isActive() || blank(recipient.getEmailAddress())) {
      return false;
    }
    List<E> visible =
        digest.entries().stream()
            .filter(
                line ->
                    permissions.hasPermission(
                        ProjectPermissions.BROWSE_PROJECTS, line.issue(), recipient))
            .map(DigestLine::entry)
            .toList();
    if (visible.isEmpty()
        || !ledger.history(digest.recipientKey()).allowsDigestOn(today)
        || !ledger.claim(digest.recipientKey(), today)) {
      return false;
    }
    mail.accept(recipient, new Digest<>(digest.recipientKey(), visible, digest.omitted()));
    return true;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}

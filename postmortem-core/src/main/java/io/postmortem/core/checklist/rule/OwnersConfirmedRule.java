package io.postmortem.core.checklist.rule;

import static io.postmortem.core.checklist.Argument.day;
import static io.postmortem.core.checklist.Argument.issue;
import static io.postmortem.core.checklist.Argument.text;
import static io.postmortem.core.checklist.Argument.user;

import io.postmortem.core.checklist.ChecklistSettings;
import io.postmortem.core.checklist.RuleDescriptor;
import io.postmortem.core.checklist.RuleSeverity;
import io.postmortem.core.checklist.Subject;
import io.postmortem.core.postmortem.ActionItem;
import io.postmortem.core.postmortem.OwnershipConfirmation;
import io.postmortem.core.postmortem.Postmortem;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Every open item has an owner who agreed to it: an assignee who confirmed ownership of the current
 * due date. Items are "negotiated with the responsible group", not assigned in absentia; a
 * confirmation is void once the assignee or the due date changed, because nobody agreed to what the
 * item now says, and once the assignee was deactivated or deleted in Jira, because nobody is left
 * to do the work. Done items are skipped: the work happened.
 */
public final class OwnersConfirmedRule extends Rule {

  public static final String ID = "owners-confirmed";

  public static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          ID,
          RuleSeverity.BLOCK,
          List.of(),
          "no-assignee",
          "inactive-assignee",
          "not-confirmed",
          "void-assignee-changed",
          "void-due-date-set",
          "void-due-date-removed",
          "void-due-date-changed");

  public OwnersConfirmedRule() {
    super(DESCRIPTOR);
  }

  @Override
  void check(
      Postmortem postmortem, ChecklistSettings settings, LocalDate today, Findings findings) {
    for (ActionItem item : postmortem.actionItems()) {
      if (!item.done()) {
        checkItem(item, findings);
      }
    }
  }

  private static void checkItem(ActionItem item, Findings findings) {
    Subject subject = Subject.actionItem(item.key());
    OwnershipConfirmation confirmation = item.confirmation();
    if (item.assigneeKey() == null) {
      findings.add("no-assignee", subject, issue(item.key()), text(item.summary()));
    } else if (item.assigneeInactive()) {
      findings.add(
          "inactive-assignee",
          subject,
          issue(item.key()),
          text(item.summary()),
          user(item.assigneeKey()));
    } else if (confirmation == null) {
      findings.add(
          "not-confirmed",
          subject,
          issue(item.key()),
          text(item.summary()),
          user(item.assigneeKey()));
    } else if (!confirmation.userKey().equals(item.assigneeKey())) {
      findings.add(
          "void-assignee-changed",
          subject,
          issue(item.key()),
          text(item.summary()),
          user(confirmation.userKey()),
          user(item.assigneeKey()));
    } else if (!Objects.equals(confirmation.agreedDueDate(), item.dueDate())) {
      reportDueDateChange(item, confirmation.agreedDueDate(), subject, findings);
    }
  }

  private static void reportDueDateChange(
      ActionItem item, LocalDate agreed, Subject subject, Findings findings) {
    if (agreed == null) {
      findings.add(
          "void-due-date-set",
          subject,
          issue(item.key()),
          text(item.summary()),
          day(item.dueDate()),
          user(item.assigneeKey()));
    } else if (item.dueDate() == null) {
      findings.add(
          "void-due-date-removed",
          subject,
          issue(item.key()),
          text(item.summary()),
          day(agreed),
          user(item.assigneeKey()));
    } else {
      findings.add(
          "void-due-date-changed",
          subject,
          issue(item.key()),
          text(item.summary()),
          day(agreed),
          day(item.dueDate()),
          user(item.assigneeKey()));
    }
  }
}

package io.postmortem.core.checklist.rule;

import static io.postmortem.core.checklist.Argument.day;
import static io.postmortem.core.checklist.Argument.issue;
import static io.postmortem.core.checklist.Argument.text;
import static io.postmortem.core.checklist.Argument.user;
import static io.postmortem.core.checklist.rule.RuleTesting.check;
import static io.postmortem.core.checklist.rule.RuleTesting.keys;
import static io.postmortem.core.postmortem.ActionItemBuilder.aLongTermItem;
import static io.postmortem.core.postmortem.ActionItemBuilder.anActionItem;
import static io.postmortem.core.postmortem.PostmortemBuilder.aPublishablePostmortem;
import static org.junit.Assert.assertEquals;

import io.postmortem.core.checklist.Subject;
import io.postmortem.core.checklist.Violation;
import io.postmortem.core.postmortem.Postmortem;
import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

public class OwnersConfirmedRuleTest {

  private static final LocalDate AGREED = LocalDate.of(2027, 1, 20);
  private static final LocalDate MOVED = LocalDate.of(2027, 1, 30);

  private final OwnersConfirmedRule rule = new OwnersConfirmedRule();

  @Test
  public void passesWhenEveryOpenItemIsConfirmedByItsAssignee() {
    Postmortem postmortem = aPublishablePostmortem().build();

    assertEquals(List.of(), check(rule, postmortem));
  }

  @Test
  public void passesWhenAnUnconfirmedItemIsAlreadyDone() {
    Postmortem postmortem =
        aPublishablePostmortem()
            .withActionItems(anActionItem("OPS-1").withAssignee(null).unconfirmed().done().build())
            .build();

    assertEquals(List.of(), check(rule, postmortem));
  }

  @Test
  public void failsWhenTheAssigneeWhoConfirmedWasDeactivatedAndSaysToReassign() {
    Postmortem postmortem =
        aPublishablePostmortem()
            .withActionItems(
                anActionItem("OPS-1")
                    .withSummary("Add lag alert")
                    .withAssignee("JIRAUSER10100")
                    .withInactiveAssignee()
                    .build())
            .build();

    List<Violation> violations = check(rule, postmortem);

    assertEquals(List.of("postmortem.rule.owners-confirmed.inactive-assignee"), keys(violations));
    assertEquals(
        List.of(issue("OPS-1"), text("Add lag alert"), user("JIRAUSER10100")),
        violations.get(0).args());
    assertEquals(Subject.actionItem("OPS-1"), violations.get(0).subject());
  }

  @Test
  public void passesWhenAnItemOfADeactivatedAssigneeIsAlreadyDone() {
    Postmortem postmortem =
        aPublishablePostmortem()
            .withActionItems(anActionItem("OPS-1").withInactiveAssignee().done().build())
            .build();

    assertEquals(List.of(), check(rule, postmortem));
  }

  @Test
  public void failsWhenAnItemHasNoAssignee() {
    Postmortem postmortem =
        aPublishablePostmortem()
            .withActionItems(
                anActionItem("OPS-1").withSummary("Add lag alert").withAssignee(null).build())
            .build();

    List<Violation> violations = check(rule, postmortem);

    assertEquals(List.of("postmortem.rule.owners-confirmed.no-assignee"), keys(violations));
    assertEquals(List.of(issue("OPS-1"), text("Add lag alert")), violations.get(0).args());
    assertEquals(Subject.actionItem("OPS-1"), violations.get(0).subject());
  }

  @Test
  public void failsWhenTheAssigneeHasNotConfirmed() {
    Postmortem postmortem =
        aPublishablePostmortem()
            .withActionItems(
                anActionItem("OPS-1").withSummary("Add lag alert").unconfirmed().build())
            .build();

    List<Violation> violations = check(rule, postmortem);

    assertEquals(List.of("postmortem.rule.owners-confirmed.not-confirmed"), keys(violations));
    assertEquals(
        List.of(issue("OPS-1"), text("Add lag alert"), user("alice")), violations.get(0).args());
  }

  @Test
  public void failsWhenTheDueDateChangedAfterTheConfirmation() {
    Postmortem postmortem =
        aPublishablePostmortem()
            .withActionItems(
                anActionItem("OPS-1")
                    .withSummary("Add lag alert")
                    .withDue(MOVED)
                    .confirmedBy("alice", AGREED)
                    .build())
            .build();

    List<Violation> violations = check(rule, postmortem);

    assertEquals(
        List.of("postmortem.rule.owners-confirmed.void-due-date-changed"), keys(violations));
    assertEquals(
        List.of(issue("OPS-1"), text("Add lag alert"), day(AGREED), day(MOVED), user("alice")),
        violations.get(0).args());
  }

  @Test
  public void failsWhenTheDueDateWasRemovedOrSetAfterTheConfirmation() {
    Postmortem postmortem =
        aPublishablePostmortem()
            .withActionItems(
                anActionItem("OPS-1").withDue(null).confirmedBy("alice", AGREED).build(),
                aLongTermItem("OPS-2").withDue(MOVED).confirmedBy("bob", null).build())
            .build();

    assertEquals(
        List.of(
            "postmortem.rule.owners-confirmed.void-due-date-removed",
            "postmortem.rule.owners-confirmed.void-due-date-set"),
        keys(check(rule, postmortem)));
  }

  @Test
  public void failsWhenTheAssigneeChangedAfterTheConfirmation() {
    Postmortem postmortem =
        aPublishablePostmortem()
            .withActionItems(
                anActionItem("OPS-1")
                    .withSummary("Add lag alert")
                    .withAssignee("erin")
                    .withDue(AGREED)
                    .confirmedBy("alice", AGREED)
                    .build())
            .build();

    List<Violation> violations = check(rule, postmortem);

    assertEquals(
        List.of("postmortem.rule.owners-confirmed.void-assignee-changed"), keys(violations));
    assertEquals(
        List.of(issue("OPS-1"), text("Add lag alert"), user("alice"), user("erin")),
        violations.get(0).args());
  }

  @Test
  public void reportsEveryUnconfirmedItemInItemOrder() {
    Postmortem postmortem =
        aPublishablePostmortem()
            .withActionItems(
                anActionItem("OPS-3").unconfirmed().build(),
                anActionItem("OPS-1").withAssignee(null).build(),
                anActionItem("OPS-2").build())
            .build();

    List<Violation> violations = check(rule, postmortem);

    assertEquals(
        List.of(Subject.actionItem("OPS-3"), Subject.actionItem("OPS-1")),
        violations.stream().map(Violation::subject).toList());
  }
}

package io.postmortem.core.checklist.rule;

import static io.postmortem.core.checklist.Argument.choice;
import static io.postmortem.core.checklist.Argument.count;
import static io.postmortem.core.checklist.Argument.day;
import static io.postmortem.core.checklist.Argument.issue;
import static io.postmortem.core.checklist.Argument.text;
import static io.postmortem.core.checklist.rule.RuleTesting.check;
import static io.postmortem.core.checklist.rule.RuleTesting.keys;
import static io.postmortem.core.checklist.rule.RuleTesting.settings;
import static io.postmortem.core.postmortem.ActionItemBuilder.aLongTermItem;
import static io.postmortem.core.postmortem.ActionItemBuilder.anActionItem;
import static io.postmortem.core.postmortem.PostmortemBuilder.CREATED_ON;
import static io.postmortem.core.postmortem.PostmortemBuilder.RESOLVED_AT;
import static io.postmortem.core.postmortem.PostmortemBuilder.TODAY;
import static io.postmortem.core.postmortem.PostmortemBuilder.aPublishablePostmortem;
import static org.junit.Assert.assertEquals;

import io.postmortem.core.checklist.ChecklistSettings;
import io.postmortem.core.checklist.Violation;
import io.postmortem.core.postmortem.Horizon;
import io.postmortem.core.postmortem.Incident;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PriorityLevel;
import io.postmortem.core.postmortem.Severity;
import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

public class DueWithinLimitRuleTest {

  private final DueWithinLimitRule rule = new DueWithinLimitRule();

  @Test
  public void passesWhenShortTermItemIsDueOnTheThirtiethDay() {
    Postmortem postmortem =
        aPublishablePostmortem()
            .withActionItems(anActionItem("OPS-1").withDue(CREATED_ON.plusDays(30)).build())
            .build();

    assertEquals(List.of(), check(rule, postmortem));
  }

  @Test
  public void failsWhenShortTermItemIsDueOnTheThirtyFirstDay() {
    Postmortem postmortem =
        aPublishablePostmortem()
            .withActionItems(anActionItem("OPS-1").withDue(CREATED_ON.plusDays(31)).build())
            .build();

    List<Violation> violations = check(rule, postmortem);

    assertEquals(List.of("postmortem.rule.due-within-limit.too-late"), keys(violations));
    assertEquals(count(31), violations.get(0).args().get(3));
  }

  @Test
  public void passesWhenLongTermItemIsDueOnTheNinetiethDay() {
    Postmortem postmortem =
        aPublishablePostmortem()
            .withActionItems(aLongTermItem("OPS-2").withDue(CREATED_ON.plusDays(90)).build())
            .build();

    assertEquals(List.of(), check(rule, postmortem));
  }

  @Test
  public void failsWhenLongTermItemIsDueOnTheNinetyFirstDay() {
    Postmortem postmortem =
        aPublishablePostmortem()
            .withActionItems(aLongTermItem("OPS-2").withDue(CREATED_ON.plusDays(91)).build())
            .build();

    List<Violation> violations = check(rule, postmortem);

    assertEquals(List.of("postmortem.rule.due-within-limit.too-late"), keys(violations));
    assertEquals(count(90), violations.get(0).args().get(4));
  }

  @Test
  public void failsWhenHighItemIsDueAfterThirtyDaysWithEveryArgument() {
    LocalDate due = LocalDate.of(2027, 2, 17);
    Postmortem postmortem =
        aPublishablePostmortem()
            .withActionItems(
                anActionItem("OPS-12").withSummary("Alert on queue depth").withDue(due).build())
            .build();

    List<Violation> violations = check(rule, postmortem);

    assertEquals(List.of("postmortem.rule.due-within-limit.too-late"), keys(violations));
    assertEquals(
        List.of(
            issue("OPS-12"),
            text("Alert on queue depth"),
            day(due),
            count(44),
            count(30),
            choice(PriorityLevel.HIGH),
            choice(Horizon.SHORT_TERM),
            choice(Severity.SEV_2)),
        violations.get(0).args());
  }

  @Test
  public void failsWhenAnItemHasNoDueDateNamingTheLatestDateItsLimitAllows() {
    Postmortem postmortem =
        aPublishablePostmortem()
            .withActionItems(anActionItem("OPS-1").withDue(null).build())
            .build();

    List<Violation> violations = check(rule, postmortem);

    assertEquals(List.of("postmortem.rule.due-within-limit.missing"), keys(violations));
    assertEquals(
        List.of(
            issue("OPS-1"),
            violations.get(0).args().get(1),
            day(postmortem.createdOn().plusDays(30)),
            count(30)),
        violations.get(0).args());
  }

  @Test
  public void theDateTheRuleAsksForIsTheLatestDueDateOfferedWhenAddingAnItem() {
    ChecklistSettings pagerDuty = settings("due.days.SEV_1.HIGH.SHORT_TERM", "15");
    Postmortem postmortem =
        aPublishablePostmortem()
            .withIncidents(new Incident("INC-1", Severity.SEV_1, RESOLVED_AT))
            .withActionItems(anActionItem("OPS-1").withDue(null).build())
            .build();

    List<Violation> violations = check(rule, postmortem, pagerDuty, TODAY);
    LocalDate offered =
        pagerDuty
            .dueDateLimits()
            .latestDueDate(
                postmortem.createdOn(), Severity.SEV_1, PriorityLevel.HIGH, Horizon.SHORT_TERM);

    assertEquals(postmortem.createdOn().plusDays(15), offered);
    assertEquals(day(offered), violations.get(0).args().get(2));
  }

  @Test
  public void failsWhenSev1HighItemExceedsTheAdminsFifteenDays() {
    ChecklistSettings pagerDuty = settings("due.days.SEV_1.HIGH.*", "15");
    Postmortem postmortem =
        aPublishablePostmortem()
            .withIncidents(new Incident("INC-1", Severity.SEV_1, RESOLVED_AT))
            .withActionItems(anActionItem("OPS-1").withDue(CREATED_ON.plusDays(16)).build())
            .build();

    List<Violation> violations = check(rule, postmortem, pagerDuty, TODAY);

    assertEquals(List.of("postmortem.rule.due-within-limit.too-late"), keys(violations));
    assertEquals(count(15), violations.get(0).args().get(4));
  }

  @Test
  public void passesWhenTheSev1LimitDoesNotApplyToASev2Incident() {
    ChecklistSettings pagerDuty = settings("due.days.SEV_1.HIGH.*", "15");
    Postmortem postmortem =
        aPublishablePostmortem()
            .withActionItems(anActionItem("OPS-1").withDue(CREATED_ON.plusDays(16)).build())
            .build();

    assertEquals(List.of(), check(rule, postmortem, pagerDuty, TODAY));
  }

  @Test
  public void failsWhenAnOpenItemIsAlreadyPastItsDueDate() {
    Postmortem postmortem =
        aPublishablePostmortem()
            .withActionItems(anActionItem("OPS-1").withDue(TODAY.minusDays(2)).build())
            .build();

    List<Violation> violations = check(rule, postmortem);

    assertEquals(List.of("postmortem.rule.due-within-limit.overdue"), keys(violations));
    assertEquals(count(2), violations.get(0).args().get(3));
  }

  @Test
  public void passesWhenAPastDueItemIsDoneOrOverdueReportingIsOff() {
    Postmortem done =
        aPublishablePostmortem()
            .withActionItems(anActionItem("OPS-1").withDue(TODAY.minusDays(2)).done().build())
            .build();
    Postmortem open =
        aPublishablePostmortem()
            .withActionItems(anActionItem("OPS-1").withDue(TODAY.minusDays(2)).build())
            .build();

    assertEquals(List.of(), check(rule, done));
    assertEquals(List.of(), check(rule, open, settings("due.reportOverdue", "false"), TODAY));
  }

  @Test
  public void givesAnItemWithoutHorizonTheShortTermLimit() {
    Postmortem postmortem =
        aPublishablePostmortem()
            .withActionItems(
                anActionItem("OPS-1").withHorizon(null).withDue(CREATED_ON.plusDays(31)).build())
            .build();

    assertEquals(
        List.of("postmortem.rule.due-within-limit.too-late"), keys(check(rule, postmortem)));
  }
}

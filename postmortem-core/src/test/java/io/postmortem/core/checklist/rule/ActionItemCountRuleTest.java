package io.postmortem.core.checklist.rule;

import static io.postmortem.core.checklist.Argument.count;
import static io.postmortem.core.checklist.rule.RuleTesting.check;
import static io.postmortem.core.checklist.rule.RuleTesting.keys;
import static io.postmortem.core.checklist.rule.RuleTesting.settings;
import static io.postmortem.core.postmortem.ActionItemBuilder.anActionItem;
import static io.postmortem.core.postmortem.PostmortemBuilder.TODAY;
import static io.postmortem.core.postmortem.PostmortemBuilder.aPublishablePostmortem;
import static org.junit.Assert.assertEquals;

import io.postmortem.core.checklist.Violation;
import io.postmortem.core.postmortem.ActionItem;
import io.postmortem.core.postmortem.Postmortem;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class ActionItemCountRuleTest {

  private final ActionItemCountRule rule = new ActionItemCountRule();

  private static List<ActionItem> items(int count) {
    List<ActionItem> items = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      items.add(anActionItem("OPS-" + i).build());
    }
    return items;
  }

  @Test
  public void passesWithTenItems() {
    Postmortem postmortem = aPublishablePostmortem().withActionItems(items(10)).build();

    assertEquals(List.of(), check(rule, postmortem));
  }

  @Test
  public void failsWithoutItems() {
    Postmortem postmortem = aPublishablePostmortem().withActionItems(items(0)).build();

    List<Violation> violations = check(rule, postmortem);

    assertEquals(List.of("postmortem.rule.action-item-count.too-few"), keys(violations));
    assertEquals(List.of(count(0), count(1)), violations.get(0).args());
  }

  @Test
  public void failsWithElevenItems() {
    Postmortem postmortem = aPublishablePostmortem().withActionItems(items(11)).build();

    List<Violation> violations = check(rule, postmortem);

    assertEquals(List.of("postmortem.rule.action-item-count.too-many"), keys(violations));
    assertEquals(List.of(count(11), count(10)), violations.get(0).args());
  }

  @Test
  public void followsTheAdminsLimits() {
    Postmortem six = aPublishablePostmortem().withActionItems(items(6)).build();

    List<Violation> violations =
        check(rule, six, settings("items.min", "2", "items.max", "5"), TODAY);

    assertEquals(List.of(count(6), count(5)), violations.get(0).args());
  }
}

package io.postmortem.core.checklist.rule;

import static io.postmortem.core.checklist.Argument.issue;
import static io.postmortem.core.checklist.rule.RuleTesting.check;
import static io.postmortem.core.postmortem.PostmortemBuilder.aPublishablePostmortem;
import static org.junit.Assert.assertEquals;

import io.postmortem.core.checklist.Subject;
import io.postmortem.core.checklist.Violation;
import io.postmortem.core.postmortem.Incident;
import io.postmortem.core.postmortem.Postmortem;
import java.util.List;
import org.junit.Test;

public class IncidentLinkedRuleTest {

  private final IncidentLinkedRule rule = new IncidentLinkedRule();

  @Test
  public void passesWhenOneIncidentIsReviewed() {
    Postmortem postmortem = aPublishablePostmortem().build();

    List<Violation> violations = check(rule, postmortem);

    assertEquals(List.of(), violations);
  }

  @Test
  public void passesWhenAnUnresolvedIncidentWithoutSeverityIsReviewed() {
    Postmortem postmortem =
        aPublishablePostmortem().withIncidents(new Incident("INC-9", null, null)).build();

    List<Violation> violations = check(rule, postmortem);

    assertEquals(List.of(), violations);
  }

  @Test
  public void failsWhenNoIncidentIsReviewed() {
    Postmortem postmortem = aPublishablePostmortem().withKey("PM-4").withIncidents().build();

    List<Violation> violations = check(rule, postmortem);

    assertEquals(1, violations.size());
    assertEquals("postmortem.rule.incident-linked.missing", violations.get(0).messageKey());
    assertEquals(Subject.postmortem("PM-4"), violations.get(0).subject());
    assertEquals(List.of(issue("PM-4")), violations.get(0).args());
  }
}

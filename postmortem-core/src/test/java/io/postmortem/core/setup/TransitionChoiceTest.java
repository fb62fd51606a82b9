package io.postmortem.core.setup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

public class TransitionChoiceTest {

  private final GateTransition done = transition(ObjectKind.INCIDENT_GATE, "OPS", 11);

  @Test
  public void everyClosingTransitionIsChosenUntilTheAdminChooses() {
    assertTrue(TransitionChoice.everyTransition().chosen(done));
  }

  @Test
  public void onceTheAdminChoosesOnlyTheTickedTransitionsAreChosen() {
    TransitionChoice choice = TransitionChoice.of(List.of("INCIDENT_GATE:OPS:11"));

    assertTrue(choice.chosen(done));
    assertFalse(choice.chosen(transition(ObjectKind.INCIDENT_GATE, "OPS", 21)));
    assertFalse(choice.chosen(transition(ObjectKind.VERIFIED_FIX_GATE, "OPS", 11)));
    assertFalse(choice.chosen(transition(ObjectKind.INCIDENT_GATE, "PM", 11)));
  }

  @Test
  public void nothingTickedChoosesNothing() {
    assertFalse(TransitionChoice.of(List.of()).chosen(done));
  }

  @Test
  public void theKeyNamesGateProjectAndTransitionButNotTheWorkflowSoACopyKeepsTheChoice() {
    GateTransition inCopy =
        new GateTransition(
            ObjectKind.INCIDENT_GATE,
            "OPS",
            "OPS: Ops workflow",
            11,
            "Done",
            List.of(),
            "Done",
            true);

    assertEquals("INCIDENT_GATE:OPS:11", done.key());
    assertEquals(done.key(), inCopy.key());
  }

  private static GateTransition transition(ObjectKind gate, String project, int id) {
    return new GateTransition(
        gate, project, "Ops workflow", id, "Done", List.of("Open"), "Done", false);
  }
}

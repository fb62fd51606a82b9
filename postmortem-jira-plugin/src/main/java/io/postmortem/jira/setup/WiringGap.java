package io.postmortem.jira.setup;

import io.postmortem.core.setup.GateTransition;
import java.util.List;

/**
 * One line of "Is it wired up?": a check, whether it holds, and when not, the gap and its fix.
 *
 * @param checkKey i18n key of what is checked
 * @param checkArgs the check's arguments (a transition's name, statuses and workflow)
 * @param ok whether it holds
 * @param gapKey i18n key of what is missing, empty when ok
 * @param gapArgs the gap's arguments (workflow and field names)
 * @param fixKey i18n key of the fix, empty when ok
 * @param fixArgs the fix's arguments
 * @param fixesBySetup whether the page's setup action closes this gap
 * @param detail whether it details the line above (one closing transition of a gated workflow)
 */
public record WiringGap(
    String checkKey,
    List<String> checkArgs,
    boolean ok,
    String gapKey,
    List<String> gapArgs,
    String fixKey,
    List<String> fixArgs,
    boolean fixesBySetup,
    boolean detail) {

  public WiringGap {
    checkArgs = List.copyOf(checkArgs);
    gapArgs = List.copyOf(gapArgs);
    fixArgs = List.copyOf(fixArgs);
  }

  static WiringGap ok(String checkKey) {
    return new WiringGap(checkKey, List.of(), true, "", List.of(), "", List.of(), false, false);
  }

  static WiringGap bySetup(String checkKey, String gapKey, String... gapArgs) {
    return new WiringGap(
        checkKey,
        List.of(),
        false,
        gapKey,
        List.of(gapArgs),
        "postmortem.setup.wiring.fix.setup",
        List.of(),
        true,
        false);
  }

  /** Whether one closing transition carries its gate; {@code from} already names its statuses. */
  static WiringGap transition(GateTransition transition, String from) {
    return new WiringGap(
        "postmortem.setup.wiring.check.transition",
        List.of(transition.name(), from, transition.to()),
        transition.gated(),
        "",
        List.of(),
        "",
        List.of(),
        false,
        true);
  }
}

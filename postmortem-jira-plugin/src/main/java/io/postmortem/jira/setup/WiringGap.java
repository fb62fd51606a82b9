package io.postmortem.jira.setup;

import java.util.List;

/**
 * One line of "Is it wired up?": a check, whether it holds, and when not, the gap and its fix.
 *
 * @param checkKey i18n key of what is checked
 * @param ok whether it holds
 * @param gapKey i18n key of what is missing, empty when ok
 * @param gapArgs the gap's arguments (workflow and field names)
 * @param fixKey i18n key of the fix, empty when ok
 * @param fixArgs the fix's arguments
 * @param fixesBySetup whether the page's setup action closes this gap
 */
public record WiringGap(
    String checkKey,
    boolean ok,
    String gapKey,
    List<String> gapArgs,
    String fixKey,
    List<String> fixArgs,
    boolean fixesBySetup) {

  public WiringGap {
    gapArgs = List.copyOf(gapArgs);
    fixArgs = List.copyOf(fixArgs);
  }

  static WiringGap ok(String checkKey) {
    return new WiringGap(checkKey, true, "", List.of(), "", List.of(), false);
  }

  static WiringGap bySetup(String checkKey, String gapKey, String... gapArgs) {
    return new WiringGap(
        checkKey,
        false,
        gapKey,
        List.of(gapArgs),
        "postmortem.setup.wiring.fix.setup",
        List.of(),
        true);
  }
}

package io.postmortem.core.setup;

import java.util.List;

/**
 * One object in the setup's preview or report.
 *
 * @param kind what sort of Jira object it is (a status, a workflow, a screen scheme, ...)
 * @param name its name in Jira
 * @param action what the setup does or would do
 * @param done false in the preview, true once applied
 * @param reasonKey i18n key of why, empty when the action says it all
 * @param reasonArgs the reason's arguments
 */
public record SetupLine(
    ObjectKind kind,
    String name,
    SetupAction action,
    boolean done,
    String reasonKey,
    List<String> reasonArgs) {

  public SetupLine {
    name = name == null ? "" : name;
    reasonKey = reasonKey == null ? "" : reasonKey;
    reasonArgs = List.copyOf(reasonArgs);
  }

  public static SetupLine of(ObjectKind kind, String name, SetupAction action, boolean done) {
    return new SetupLine(kind, name, action, done, "", List.of());
  }

  public SetupLine because(String key, String... args) {
    return new SetupLine(kind, name, action, done, key, List.of(args));
  }

  public boolean failed() {
    return action == SetupAction.FAIL;
  }
}

package io.postmortem.core.checklist;

import io.postmortem.core.postmortem.SectionKind;

/**
 * Ids of the text fields a text-span {@link Subject} points into. They are part of every
 * blameless-language fingerprint, so a stored override keeps matching only while these ids stay the
 * same: never change their format.
 */
public final class TextField {

  private TextField() {}

  /** e.g. {@code section:IMPACT} */
  public static String section(SectionKind kind) {
    return "section:" + kind.name();
  }

  /** e.g. {@code item:OPS-12:summary} */
  public static String itemSummary(String itemKey) {
    return "item:" + itemKey + ":summary";
  }

  /** e.g. {@code item:OPS-12:successMeasure} */
  public static String itemSuccessMeasure(String itemKey) {
    return "item:" + itemKey + ":successMeasure";
  }
}

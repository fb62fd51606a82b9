package io.postmortem.core.checklist;

import io.postmortem.core.postmortem.SectionKind;
import java.util.Optional;

/**
 * Ids of the text fields a text-span {@link Subject} points into. They are part of every
 * blameless-language fingerprint, so a stored override keeps matching only while these ids stay the
 * same: never change their format.
 */
public final class TextField {

  private static final String ITEM = "item:";

  private TextField() {}

  /** e.g. {@code section:IMPACT} */
  public static String section(SectionKind kind) {
    return "section:" + kind.name();
  }

  /** e.g. {@code item:OPS-12:summary} */
  public static String itemSummary(String itemKey) {
    return ITEM + itemKey + ":summary";
  }

  /** e.g. {@code item:OPS-12:successMeasure} */
  public static String itemSuccessMeasure(String itemKey) {
    return ITEM + itemKey + ":successMeasure";
  }

  /** The item key in an item field id ({@code item:OPS-12:summary}), empty for other fields. */
  public static Optional<String> itemKeyOf(String fieldId) {
    if (!fieldId.startsWith(ITEM)) {
      return Optional.empty();
    }
    int end = fieldId.lastIndexOf(':');
    return end > ITEM.length()
        ? Optional.of(fieldId.substring(ITEM.length(), end))
        : Optional.empty();
  }
}

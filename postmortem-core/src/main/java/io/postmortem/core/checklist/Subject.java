package io.postmortem.core.checklist;

import java.util.Objects;
import java.util.Optional;

/**
 * What a violation is about: the postmortem as a whole, one action item, or a span of text.
 *
 * @param kind what {@code ref} names
 * @param ref the item key, the field id of a text span, or the postmortem key
 * @param start first UTF-16 offset of a text span, -1 otherwise
 * @param end offset after a text span, -1 otherwise
 */
public record Subject(Kind kind, String ref, int start, int end) {

  public enum Kind {
    POSTMORTEM,
    ACTION_ITEM,
    TEXT_SPAN,
    TIMELINE_EVENT
  }

  public Subject {
    Objects.requireNonNull(kind, "kind");
    ref = ref == null ? "" : ref;
  }

  public static Subject postmortem(String key) {
    return new Subject(Kind.POSTMORTEM, key, -1, -1);
  }

  public static Subject actionItem(String key) {
    return new Subject(Kind.ACTION_ITEM, key, -1, -1);
  }

  public static Subject textSpan(String fieldId, int start, int end) {
    return new Subject(Kind.TEXT_SPAN, fieldId, start, end);
  }

  public static Subject timelineEvent(String ref) {
    return new Subject(Kind.TIMELINE_EVENT, ref, -1, -1);
  }

  /** The action item this is about: the item itself, or a span of its summary or measure. */
  public Optional<String> issueKey() {
    return switch (kind) {
      case ACTION_ITEM -> Optional.of(ref);
      case TEXT_SPAN -> TextField.itemKeyOf(ref);
      default -> Optional.empty();
    };
  }
}

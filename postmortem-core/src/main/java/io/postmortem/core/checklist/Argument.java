package io.postmortem.core.checklist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One typed argument of a {@link Violation}'s message. The core says what a value is (a count, a
 * day, a user, an enum value); the plugin's one formatter turns it into text for one reader: a
 * count stays a number (so the bundle can choose a plural), a day and an instant in the reader's
 * date format and time zone, a user by display name, an enum value by its own message key. Nothing
 * here is text yet, so a rule never formats and never depends on an enum's ordinal.
 */
public sealed interface Argument {

  /** Words as written by people (a summary, a phrase, a section's placeholder), shown as is. */
  record Text(String value) implements Argument {
    public Text {
      value = value == null ? "" : value;
    }
  }

  /** A number; bundles may choose a plural with {@code {n,choice,1#…|1<…}}. */
  record Count(long value) implements Argument {}

  /**
   * An enum value, written through its own message key {@code postmortem.value.<type>.<NAME>}, e.g.
   * {@code postmortem.value.priority-level.CRITICAL}; {@code NONE} when the value is unset.
   *
   * @param type the enum's simple name in kebab case ({@code priority-level})
   * @param name the constant's name, or {@code NONE}
   */
  record Choice(String type, String name) implements Argument {
    public Choice {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(name, "name");
    }

    /** The message key the value is written with. */
    public String messageKey() {
      return "postmortem.value." + type + "." + name;
    }
  }

  /** A calendar day (a due date, a deadline), shown in the reader's date format. */
  record Day(LocalDate value) implements Argument {
    public Day {
      Objects.requireNonNull(value, "value");
    }
  }

  /** A point in time (a timeline event), shown in the reader's format and time zone. */
  record Moment(Instant value) implements Argument {
    public Moment {
      Objects.requireNonNull(value, "value");
    }
  }

  /** An issue, by key. A viewer who may not browse it is never shown the violation. */
  record IssueRef(String key) implements Argument {
    public IssueRef {
      Objects.requireNonNull(key, "key");
    }
  }

  /** A Jira user, by user key; shown by display name, a deleted one by key marked as deleted. */
  record UserRef(String userKey) implements Argument {
    public UserRef {
      Objects.requireNonNull(userKey, "userKey");
    }
  }

  /**
   * A blameless-language finding. It fills four message arguments in this order: the flagged
   * phrase, the field it is in (section or item field, by name), the sentence, and the
   * phrase-specific suggestion (its message key). The fingerprint is what a "keep, because…"
   * override records; it is never shown.
   *
   * <p>A value with the accessors, equality and text of a record of these five components. The
   * fingerprint may be computed when first read ({@link #deferred}): a phrase-dense postmortem has
   * tens of thousands of findings, and a workflow refusal shows a handful of them and none of their
   * fingerprints, so hashing every sentence up front was a fifth of the check's cost (issue 9).
   */
  final class Finding implements Argument {
    private final String phrase;
    private final String fieldId;
    private final String sentence;
    private final String suggestionKey;
    private final Supplier<String> deferredFingerprint;

    /**
     * Written on first read. Racing readers compute the same immutable string, so no lock is
     * needed.
     */
    private String fingerprint;

    public Finding(
        String phrase, String fieldId, String sentence, String suggestionKey, String fingerprint) {
      this(phrase, fieldId, sentence, suggestionKey, null, fingerprint);
      Objects.requireNonNull(fingerprint, "fingerprint");
    }

    private Finding(
        String phrase,
        String fieldId,
        String sentence,
        String suggestionKey,
        Supplier<String> deferredFingerprint,
        String fingerprint) {
      this.phrase = Objects.requireNonNull(phrase, "phrase");
      this.fieldId = Objects.requireNonNull(fieldId, "fieldId");
      this.sentence = Objects.requireNonNull(sentence, "sentence");
      this.suggestionKey = Objects.requireNonNull(suggestionKey, "suggestionKey");
      this.deferredFingerprint = deferredFingerprint;
      this.fingerprint = fingerprint;
    }

    /**
     * A finding whose fingerprint {@code fingerprint} computes when it is first read; the supplier
     * must return the same non-null value each time and be safe to call from any thread.
     */
    public static Finding deferred(
        String phrase,
        String fieldId,
        String sentence,
        String suggestionKey,
        Supplier<String> fingerprint) {
      return new Finding(
          phrase,
          fieldId,
          sentence,
          suggestionKey,
          Objects.requireNonNull(fingerprint, "fingerprint"),
          null);
    }

    public String phrase() {
      return phrase;
    }

    public String fieldId() {
      return fieldId;
    }

    public String sentence() {
      return sentence;
    }

    public String suggestionKey() {
      return suggestionKey;
    }

    public String fingerprint() {
      String known = fingerprint;
      if (known == null) {
        known = Objects.requireNonNull(deferredFingerprint.get(), "fingerprint");
        fingerprint = known;
      }
      return known;
    }

    @Override
    public boolean equals(Object other) {
      return other == this
          || other instanceof Finding that
              && phrase.equals(that.phrase)
              && fieldId.equals(that.fieldId)
              && sentence.equals(that.sentence)
              && suggestionKey.equals(that.suggestionKey)
              && fingerprint().equals(that.fingerprint());
    }

    @Override
    public int hashCode() {
      return Objects.hash(phrase, fieldId, sentence, suggestionKey, fingerprint());
    }

    @Override
    public String toString() {
      return "Finding[phrase="
          + phrase
          + ", fieldId="
          + fieldId
          + ", sentence="
          + sentence
          + ", suggestionKey="
          + suggestionKey
          + ", fingerprint="
          + fingerprint()
          + "]";
    }
  }

  static Text text(String value) {
    return new Text(value);
  }

  static Count count(long value) {
    return new Count(value);
  }

  static Choice choice(Enum<?> value) {
    return new Choice(ChoiceKeys.of(value.getDeclaringClass()), value.name());
  }

  /** An enum value that may be unset: {@code NONE} then, with its own key. */
  static <E extends Enum<E>> Choice choice(Class<E> type, E value) {
    return new Choice(ChoiceKeys.of(type), value == null ? "NONE" : value.name());
  }

  static Day day(LocalDate value) {
    return new Day(value);
  }

  static Moment moment(Instant value) {
    return new Moment(value);
  }

  static IssueRef issue(String key) {
    return new IssueRef(key);
  }

  static UserRef user(String userKey) {
    return new UserRef(userKey);
  }
}

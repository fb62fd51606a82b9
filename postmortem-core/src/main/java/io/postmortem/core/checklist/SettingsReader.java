package io.postmortem.core.checklist;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reads raw settings one key at a time, turning each nonsense value into a {@link SettingsError}
 * and remembering the canonical form of every value it accepted, so that {@code toMap()} writes
 * back exactly what was understood.
 */
final class SettingsReader {

  static final int MAX_LIST_ENTRIES = 1000;
  static final int MAX_PHRASE_LENGTH = 200;

  private final Map<String, String> raw;
  private final Map<String, String> canonical = new TreeMap<>();
  private final List<SettingsError> errors = new ArrayList<>();

  SettingsReader(Map<String, String> raw) {
    this.raw = new LinkedHashMap<>();
    if (raw != null) {
      raw.forEach(
          (key, value) -> {
            if (key != null && value != null) {
              this.raw.put(key.trim(), value);
            }
          });
    }
  }

  Set<String> keysStartingWith(String prefix) {
    Set<String> keys = new LinkedHashSet<>();
    raw.keySet().stream().filter(k -> k.startsWith(prefix)).forEach(keys::add);
    return keys;
  }

  Optional<String> value(String key) {
    String value = raw.get(key);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  void error(String key, String messageKey, Object... args) {
    errors.add(new SettingsError(key, messageKey, List.of(args)));
  }

  void accept(String key, String canonicalValue) {
    canonical.put(key, canonicalValue);
  }

  void forget(String key) {
    canonical.remove(key);
  }

  Map<String, String> canonical() {
    return canonical;
  }

  List<SettingsError> errors() {
    return errors;
  }

  /** A whole number in {@code [min, max]}, or {@code fallback} with an error naming the key. */
  int integer(String key, int min, int max, int fallback) {
    Optional<String> text = value(key);
    if (text.isEmpty()) {
      return fallback;
    }
    long parsed;
    try {
      parsed = Long.parseLong(text.get());
    } catch (NumberFormatException e) {
      error(key, "postmortem.settings.error.not-a-number", text.get());
      return fallback;
    }
    if (parsed < min) {
      error(
          key,
          min == 0 ? "postmortem.settings.error.negative" : "postmortem.settings.error.too-small",
          text.get(),
          min);
      return fallback;
    }
    if (parsed > max) {
      error(key, "postmortem.settings.error.too-large", text.get(), max);
      return fallback;
    }
    accept(key, Long.toString(parsed));
    return (int) parsed;
  }

  boolean bool(String key, boolean fallback) {
    Optional<String> text = value(key);
    if (text.isEmpty()) {
      return fallback;
    }
    String lower = text.get().toLowerCase(Locale.ROOT);
    if (!lower.equals("true") && !lower.equals("false")) {
      error(key, "postmortem.settings.error.not-a-boolean", text.get());
      return fallback;
    }
    accept(key, lower);
    return Boolean.parseBoolean(lower);
  }

  /**
   * A comma-separated list whose entries are parsed one by one: a bad entry is reported and left
   * out, the good ones stay.
   */
  <T> List<T> list(
      String key, Function<String, Optional<T>> entry, String badEntryKind, List<T> fallback) {
    Optional<String> text = value(key);
    if (text.isEmpty()) {
      return fallback;
    }
    String[] parts = text.get().split("[,;\\s]+");
    if (parts.length > MAX_LIST_ENTRIES) {
      error(key, "postmortem.settings.error.too-many-entries", parts.length, MAX_LIST_ENTRIES);
      return fallback;
    }
    List<T> values = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    for (String part : parts) {
      if (part.isEmpty()) {
        continue;
      }
      Optional<T> parsed = entry.apply(part);
      if (parsed.isEmpty()) {
        error(key, badEntryKind, part);
      } else if (!values.contains(parsed.get())) {
        values.add(parsed.get());
        kept.add(String.valueOf(parsed.get()));
      }
    }
    if (values.isEmpty()) {
      return fallback;
    }
    accept(key, String.join(",", kept));
    return List.copyOf(values);
  }

  /** Phrases separated by {@code |} or new lines, lower-cased; blank entries are dropped. */
  List<String> phrases(String key) {
    Optional<String> text = value(key);
    if (text.isEmpty()) {
      return List.of();
    }
    String[] parts = text.get().split("[|\\r\\n]+");
    if (parts.length > MAX_LIST_ENTRIES) {
      error(key, "postmortem.settings.error.too-many-entries", parts.length, MAX_LIST_ENTRIES);
      return List.of();
    }
    List<String> phrases = new ArrayList<>();
    for (String part : parts) {
      String phrase = part.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
      if (phrase.length() > MAX_PHRASE_LENGTH) {
        error(
            key,
            "postmortem.settings.error.phrase-too-long",
            phrase.substring(0, 40) + "…",
            MAX_PHRASE_LENGTH);
      } else if (!phrase.isEmpty() && !phrases.contains(phrase)) {
        phrases.add(phrase);
      }
    }
    if (!phrases.isEmpty()) {
      accept(key, String.join("|", phrases));
    }
    return List.copyOf(phrases);
  }

  static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String text) {
    try {
      return Optional.of(
          Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  static Optional<LocalDate> isoDate(String text) {
    try {
      return Optional.of(LocalDate.parse(text.trim()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}

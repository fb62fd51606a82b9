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
 * Reads raw settings one key at a time against {@link SettingsSchema}, turning each nonsense value
 * into a {@link SettingsError} and remembering the canonical form of every value it accepted, so
 * that {@code toMap()} writes back exactly what was understood. Keys the schema does not know, and
 * keys or values over the schema's size limits, are refused up front and read no further.
 */
final class SettingsReader {

  static final int MAX_LIST_ENTRIES = 1000;
  static final int MAX_PHRASE_LENGTH = 200;
  private static final String ERROR = "postmortem.settings.error.";

  private final Map<String, String> raw = new LinkedHashMap<>();
  private final Map<String, String> canonical = new TreeMap<>();
  private final List<SettingsError> errors = new ArrayList<>();

  SettingsReader(Map<String, String> submitted) {
    if (submitted == null) {
      return;
    }
    if (submitted.size() > SettingsSchema.MAX_SETTINGS) {
      error(
          "checklist", ERROR + "too-many-settings", submitted.size(), SettingsSchema.MAX_SETTINGS);
      return;
    }
    submitted.forEach(
        (key, value) -> {
          if (key != null && value != null && admissible(key.trim(), value)) {
            raw.put(key.trim(), value);
          }
        });
  }

  /** Whether a key is a setting of the schema and both fit the size limits; reports why not. */
  private boolean admissible(String key, String value) {
    if (key.length() > SettingsSchema.MAX_KEY_LENGTH) {
      error(
          key.substring(0, 40) + "…",
          ERROR + "key-too-long",
          key.substring(0, 40) + "…",
          SettingsSchema.MAX_KEY_LENGTH);
      return false;
    }
    if (value.length() > SettingsSchema.MAX_VALUE_LENGTH) {
      error(key, ERROR + "too-long", value.length(), SettingsSchema.MAX_VALUE_LENGTH);
      return false;
    }
    Optional<Setting> setting = SettingsSchema.find(key);
    if (setting.isEmpty()) {
      error(key, ERROR + "unknown-setting", key);
      return false;
    }
    if (setting.get() == SettingsSchema.SEVERITY) {
      String rule = key.substring(SettingsSchema.SEVERITY.prefix().length());
      if (!StandardChecklist.ruleIds().contains(rule)) {
        error(key, ERROR + "unknown-rule", rule, RuleNames.closest(rule));
        return false;
      }
    }
    return true;
  }

  Set<String> keysStartingWith(String prefix) {
    return new LinkedHashSet<>(raw.keySet().stream().filter(k -> k.startsWith(prefix)).toList());
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

  /** The setting's whole number within its bounds, or its default with an error naming it. */
  int integer(Setting setting) {
    return integer(setting.key(), setting, Integer.parseInt(setting.defaultValue()));
  }

  /** {@code key} (a member of {@code setting}) within its bounds, or {@code fallback}. */
  int integer(String key, Setting setting, int fallback) {
    Optional<String> text = value(key);
    if (text.isEmpty()) {
      return fallback;
    }
    long parsed;
    try {
      parsed = Long.parseLong(text.get());
    } catch (NumberFormatException e) {
      error(key, ERROR + "not-a-number", text.get());
      return fallback;
    }
    if (parsed < setting.min() || parsed > setting.max()) {
      boolean small = parsed < setting.min();
      String kind = small ? (setting.min() == 0 ? "negative" : "too-small") : "too-large";
      error(key, ERROR + kind, text.get(), small ? setting.min() : setting.max());
      return fallback;
    }
    accept(key, Long.toString(parsed));
    return (int) parsed;
  }

  boolean bool(Setting setting) {
    boolean fallback = Boolean.parseBoolean(setting.defaultValue());
    Optional<String> text = value(setting.key());
    if (text.isEmpty()) {
      return fallback;
    }
    String lower = text.get().toLowerCase(Locale.ROOT);
    if (!lower.equals("true") && !lower.equals("false")) {
      error(setting.key(), setting.badEntryKey(), text.get());
      return fallback;
    }
    accept(setting.key(), lower);
    return Boolean.parseBoolean(lower);
  }

  /**
   * A comma-separated list whose entries are parsed one by one: a bad entry is reported and left
   * out, the good ones stay. Without a value, or without one good entry, the setting's default.
   */
  <T> List<T> list(Setting setting, Function<String, Optional<T>> entry) {
    List<T> fallback = entries(setting.defaultValue(), entry).values();
    Optional<String> text = value(setting.key());
    if (text.isEmpty()) {
      return fallback;
    }
    String[] parts = text.get().split("[,;\\s]+");
    if (parts.length > MAX_LIST_ENTRIES) {
      error(setting.key(), ERROR + "too-many-entries", parts.length, MAX_LIST_ENTRIES);
      return fallback;
    }
    Entries<T> parsed = entries(text.get(), entry);
    parsed.bad().forEach(bad -> error(setting.key(), setting.badEntryKey(), bad));
    if (parsed.values().isEmpty()) {
      return fallback;
    }
    accept(setting.key(), String.join(",", parsed.values().stream().map(String::valueOf).toList()));
    return parsed.values();
  }

  private record Entries<T>(List<T> values, List<String> bad) {}

  private static <T> Entries<T> entries(String text, Function<String, Optional<T>> entry) {
    List<T> values = new ArrayList<>();
    List<String> bad = new ArrayList<>();
    for (String part : text.split("[,;\\s]+")) {
      Optional<T> parsed = part.isEmpty() ? Optional.empty() : entry.apply(part);
      if (parsed.isPresent() && !values.contains(parsed.get())) {
        values.add(parsed.get());
      } else if (parsed.isEmpty() && !part.isEmpty()) {
        bad.add(part);
      }
    }
    return new Entries<>(List.copyOf(values), bad);
  }

  /** Phrases separated by {@code |} or new lines, lower-cased; blank entries are dropped. */
  List<String> phrases(String key) {
    Optional<String> text = value(key);
    if (text.isEmpty()) {
      return List.of();
    }
    String[] parts = text.get().split("[|\\r\\n]+");
    if (parts.length > MAX_LIST_ENTRIES) {
      error(key, ERROR + "too-many-entries", parts.length, MAX_LIST_ENTRIES);
      return List.of();
    }
    List<String> phrases = new ArrayList<>();
    for (String part : parts) {
      String phrase = part.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
      if (phrase.length() > MAX_PHRASE_LENGTH) {
        error(key, ERROR + "phrase-too-long", phrase.substring(0, 40) + "…", MAX_PHRASE_LENGTH);
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

package io.postmortem.core.checklist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Settings written as {@code key = value} lines, one per line: how the admin forms show and take
 * every setting without a field of its own. The one reader and writer of that form.
 */
public final class SettingLines {

  /**
   * What the lines say.
   *
   * @param settings each line's key and value, in order; the first line naming a key wins
   * @param badLines non-blank lines that are no {@code key = value}
   */
  public record Parsed(Map<String, String> settings, List<String> badLines) {
    public Parsed {
      settings = new LinkedHashMap<>(settings);
      badLines = List.copyOf(badLines);
    }
  }

  private SettingLines() {}

  /**
   * Reads lines split at the first {@code =} (keys never hold one); with {@code atLast}, at the
   * last one, for lines whose left side is free text and whose right side is a name.
   */
  public static Parsed parse(String text, boolean atLast) {
    Map<String, String> settings = new LinkedHashMap<>();
    List<String> badLines = new ArrayList<>();
    for (String line : text == null ? new String[0] : text.split("\\R")) {
      int equals = atLast ? line.lastIndexOf('=') : line.indexOf('=');
      String key = equals > 0 ? line.substring(0, equals).trim() : "";
      if (!key.isEmpty()) {
        settings.putIfAbsent(key, line.substring(equals + 1).trim());
      } else if (!line.isBlank()) {
        badLines.add(line.trim());
      }
    }
    return new Parsed(settings, badLines);
  }

  /** Reads lines split at the first {@code =}. */
  public static Parsed parse(String text) {
    return parse(text, false);
  }

  /** The settings {@code shown} accepts, as lines in the map's order. */
  public static List<String> lines(Map<String, String> settings, Predicate<String> shown) {
    return settings.entrySet().stream()
        .filter(e -> shown.test(e.getKey()))
        .map(e -> e.getKey() + " = " + e.getValue())
        .toList();
  }
}

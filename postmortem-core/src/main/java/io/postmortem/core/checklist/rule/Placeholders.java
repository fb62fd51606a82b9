package io.postmortem.core.checklist.rule;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises text that only looks filled: blank, or nothing but template placeholders ("TBD",
 * "Describe the impact…"), one per line. Comparison ignores case, surrounding space and trailing
 * dots, ellipses and colons.
 */
final class Placeholders {

  /** Longer text is content: no template prompt is this long, and big sections stay cheap. */
  private static final int LONGEST_PLACEHOLDER_TEXT = 2_000;

  private final Set<String> normalized = new HashSet<>();

  Placeholders(List<String> placeholders) {
    for (String placeholder : placeholders) {
      normalized.add(normalize(placeholder));
      normalized.add(placeholder.trim().toLowerCase(Locale.ROOT));
    }
  }

  boolean isEmptyOrPlaceholder(String text) {
    if (text.isBlank()) {
      return true;
    }
    if (text.length() > LONGEST_PLACEHOLDER_TEXT) {
      return false;
    }
    for (String line : text.split("\\R")) {
      if (!line.isBlank() && !isPlaceholder(line)) {
        return false;
      }
    }
    return true;
  }

  /** The first placeholder line, for the message; the text itself when it is blank. */
  String firstPlaceholderIn(String text) {
    for (String line : text.split("\\R")) {
      if (!line.isBlank()) {
        return line.strip();
      }
    }
    return "";
  }

  private boolean isPlaceholder(String line) {
    String lower = line.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return normalized.contains(lower) || normalized.contains(normalize(lower));
  }

  private static String normalize(String text) {
    String lower = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    int end = lower.length();
    while (end > 0 && ".…:".indexOf(lower.charAt(end - 1)) >= 0) {
      end--;
    }
    return lower.substring(0, end).strip();
  }
}

package io.postmortem.core.checklist.rule;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Recognises text that only looks filled: blank, or nothing but template placeholders ("TBD",
 * "Describe the impact…"), one per line. Comparison ignores case, runs of white space and trailing
 * dots, ellipses and colons.
 */
final class Placeholders {

  /** Longer text is content: no template prompt is this long, and big sections stay cheap. */
  private static final int LONGEST_PLACEHOLDER_TEXT = 2_000;

  private final Set<String> normalized = new HashSet<>();

  /** Answers by text: templated items repeat one success measure thousands of times. */
  private final Map<String, Boolean> answered = new HashMap<>();

  Placeholders(List<String> placeholders) {
    for (String placeholder : placeholders) {
      normalized.add(collapse(placeholder));
      normalized.add(normalize(placeholder));
    }
  }

  boolean isEmptyOrPlaceholder(String text) {
    if (text.isBlank()) {
      return true;
    }
    if (text.length() > LONGEST_PLACEHOLDER_TEXT) {
      return false;
    }
    return answered.computeIfAbsent(text, this::everyLineIsPlaceholder);
  }

  private boolean everyLineIsPlaceholder(String text) {
    for (String line : text.split("\\R")) {
      if (!line.isBlank() && !isPlaceholder(line)) {
        return false;
      }
    }
    return true;
  }

  /** The first non-blank line, for the message. */
  String firstPlaceholderIn(String text) {
    for (String line : text.split("\\R")) {
      if (!line.isBlank()) {
        return line.strip();
      }
    }
    return "";
  }

  private boolean isPlaceholder(String line) {
    return normalized.contains(collapse(line)) || normalized.contains(normalize(line));
  }

  /** Lower case, trimmed, inner white space runs as one space. */
  private static String collapse(String text) {
    String lower = text.strip().toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    boolean space = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
      } else {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      }
    }
    return out.toString();
  }

  /** {@link #collapse} without trailing dots, ellipses and colons. */
  private static String normalize(String text) {
    String collapsed = collapse(text);
    int end = collapsed.length();
    while (end > 0 && ".…: ".indexOf(collapsed.charAt(end - 1)) >= 0) {
      end--;
    }
    return collapsed.substring(0, end);
  }
}

package io.postmortem.core.language;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of one language ({@code lexicon_<lang>.txt}: lines {@code set-name: word word…}).
 * They live in a resource so a linguist can review them without reading Java.
 */
final class Lexicon {
  private final Map<WordSet, Set<String>> sets = new EnumMap<>(WordSet.class);

  /**
   * Each entry split at each '_' into (before, after), so {@link #hasPair} needs no concatenated
   * string per check.
   */
  private final Map<WordSet, Map<String, Set<String>>> pairs = new EnumMap<>(WordSet.class);

  private Lexicon() {
    for (WordSet set : WordSet.values()) {
      sets.put(set, new HashSet<>());
      pairs.put(set, new HashMap<>());
    }
  }

  static Lexicon load(String language) {
    Lexicon lexicon = new Lexicon();
    for (String line : ResourceLines.read("lexicon_" + language + ".txt")) {
      int colon = line.indexOf(':');
      WordSet set =
          WordSet.valueOf(
              line.substring(0, colon).trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
      for (String word : line.substring(colon + 1).trim().split("\\s+")) {
        if (!word.isEmpty()) {
          lexicon.add(set, WordForms.fold(word));
        }
      }
    }
    return lexicon;
  }

  private void add(WordSet set, String word) {
    sets.get(set).add(word);
    for (int i = word.indexOf('_'); i >= 0; i = word.indexOf('_', i + 1)) {
      pairs
          .get(set)
          .computeIfAbsent(word.substring(0, i), k -> new HashSet<>())
          .add(word.substring(i + 1));
    }
  }

  /** Same as {@code has(set, first + "_" + second)}. */
  boolean hasPair(WordSet set, String first, String second) {
    Set<String> seconds = pairs.get(set).get(first);
    return seconds != null && seconds.contains(second);
  }

  boolean has(WordSet set, String word) {
    return sets.get(set).contains(word);
  }

  /** Whether the word ends with one of the suffixes listed in the set, leaving a stem of 3+. */
  boolean endsWithAny(WordSet set, String word) {
    for (String suffix : sets.get(set)) {
      if (word.length() >= suffix.length() + 3 && word.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }
}

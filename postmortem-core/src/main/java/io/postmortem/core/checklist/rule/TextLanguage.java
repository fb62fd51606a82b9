package io.postmortem.core.checklist.rule;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Picks the configured languages a text is written in, from its function words, so that a long
 * English narrative is not scanned again with the German phrase list (and vice versa). Text that is
 * short, mixed or unclear is scanned in every configured language: a missed finding costs more than
 * a second scan of a few words.
 */
final class TextLanguage {

  /** Below this many function words the text is too short to tell. */
  private static final int ENOUGH_EVIDENCE = 12;

  /** The dominant language needs this many times the others' function words. */
  private static final int DOMINANCE = 20;

  private static final Map<String, Set<String>> FUNCTION_WORDS =
      Map.of(
          "en",
          Set.of(
              "the", "and", "was", "were", "is", "are", "of", "to", "in", "it", "that", "for",
              "with", "on", "this", "we", "not", "at", "by", "from", "had", "has", "have", "be"),
          "de",
          Set.of(
              "der", "die", "das", "und", "ist", "war", "waren", "nicht", "mit", "ein", "eine",
              "zu", "den", "von", "auf", "im", "für", "wir", "sich", "dem", "des", "auch", "wurde",
              "hat"));

  private TextLanguage() {}

  static List<String> of(String text, List<String> configured) {
    if (configured.size() < 2) {
      return configured;
    }
    int[] counts = new int[configured.size()];
    int total = 0;
    int wordStart = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
      if (letter && wordStart < 0) {
        wordStart = i;
      } else if (!letter && wordStart >= 0) {
        if (i - wordStart <= 6) {
          total += count(text.substring(wordStart, i).toLowerCase(Locale.ROOT), configured, counts);
        }
        wordStart = -1;
      }
    }
    if (total < ENOUGH_EVIDENCE) {
      return configured;
    }
    for (int l = 0; l < counts.length; l++) {
      if ((long) counts[l] * DOMINANCE >= (long) total * (DOMINANCE - 1) && counts[l] > 0) {
        return List.of(configured.get(l));
      }
    }
    return configured;
  }

  private static int count(String word, List<String> configured, int[] counts) {
    int hits = 0;
    for (int l = 0; l < configured.size(); l++) {
      if (FUNCTION_WORDS.getOrDefault(configured.get(l), Set.of()).contains(word)) {
        counts[l]++;
        hits++;
      }
    }
    return hits;
  }
}
